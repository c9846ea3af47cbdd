// Pseudo held-out gold (Sky News Arabia, 2018-05-01): Pompeo and the White House on
// Netanyahu's Iran nuclear files, relayed by AFP and Reuters.
// "الإيراني" contains "إيران": Iran's name mentions are listed one by one.
export default {
  id: "ho-sk-1284",
  corpus: "ant-multisource",
  docno: "SK-internationalNews-1284-20180501",
  published: "2018-05-01",
  meta: { outlet: "سكاي نيوز عربية", source: "skynews", title: "واشنطن: الوثائق الإسرائيلية بشأن النووي الإيراني حقيقية", author: "أبوظبي - سكاي نيوز عربية" },
  entities: {
    US: { type: "GPE", name: "الولايات المتحدة", name_en: ["United States", "USA", "US"], kb: "Q30", mentions: {
      name: ["الولايات المتحدة#*", "للولايات المتحدة>>لولايات المتحدة"],
      metonym: ["واشنطن#*"] } },
    POMPEO: { type: "PER", name: "مايك بومبيو", name_en: ["Mike Pompeo"], kb: "Q473239", mentions: {
      name: ["مايك بومبيو", "وأضاف بومبيو>>بومبيو"],
      title: ["وزير الخارجية الأميركي"] } },
    ISRAEL: { type: "GPE", name: "إسرائيل", name_en: ["Israel"], kb: "Q801", mentions: {
      name: ["إسرائيل#*"] } },
    IRAN: { type: "GPE", name: "إيران", name_en: ["Iran"], kb: "Q794", mentions: {
      name: ["جهود إيران>>إيران", "أن إيران كانت>>إيران", "مع إيران في>>إيران", "نتانياهو أن إيران>>إيران", "واصلت إيران>>إيران", "أن إيران لم>>إيران"] } },
    AFP: { type: "ORG", name: "فرانس برس", name_en: ["AFP", "Agence France-Presse"], kb: "Q40464", mentions: {
      name: ["فرانس برس"] } },
    REUTERS: { type: "ORG", name: "رويترز", name_en: ["Reuters"], kb: "Q130879", mentions: {
      name: ["رويترز"] } },
    WHITE_HOUSE: { type: "ORG", name: "البيت الأبيض", name_en: ["White House"], kb: "Q35525", mentions: {
      name: ["البيت الأبيض#*"] } },
    TRUMP: { type: "PER", name: "دونالد ترامب", name_en: ["Donald Trump"], kb: "Q22686", mentions: {
      name: ["دونالد ترامب#*"],
      title: ["الرئيس الأميركي#*"] } },
    NETANYAHU: { type: "PER", name: "بنيامين نتنياهو", name_en: ["Benjamin Netanyahu", "Netanyahu"], kb: "Q43723", mentions: {
      name: ["نتنياهو", "نتانياهو#*"],
      title: ["رئيس الوزراء الإسرائيلي"] } },
    FRANCE: { type: "GPE", name: "فرنسا", name_en: ["France"], kb: "Q142", mentions: {
      name: ["فرنسا"] } },
    GERMANY: { type: "GPE", name: "ألمانيا", name_en: ["Germany"], kb: "Q183", mentions: {
      name: ["وألمانيا>>ألمانيا"] } },
    PUTIN: { type: "PER", name: "فلاديمير بوتين", name_en: ["Vladimir Putin"], kb: "Q7747", mentions: {
      name: ["فلاديمير بوتين"],
      title: ["الرئيس الروسي"] } },
    US_INTEL_OFFICIALS: { type: "PER", name: "مسؤولان بالمخابرات الأميركية", name_en: ["two US intelligence officials"], mentions: {
      nominal: ["مسؤولان بالمخابرات الأميركية"] } },
    US_INTEL: { type: "ORG", name: "المخابرات الأميركية", name_en: ["US intelligence"], mentions: {
      nominal: ["المخابرات الأميركية"] } },
  },
  statements: [
    { speaker: "US", cue: "واشنطن:>>:", kind: "indirect", sources: [], optional: true,
      content: "الوثائق الإسرائيلية بشأن النووي الإيراني حقيقية", note: "headline" },
    { speaker: "POMPEO", cue: "قال وزير>>قال", kind: "mixed", sources: ["AFP"],
      content: "إن الوثائق التي أعلنت عنها إسرائيل بشأن البرنامج النووي الإيراني \"حقيقية\" والكثير منها جديد" },
    { speaker: "POMPEO", cue: "وأضاف بومبيو>>أضاف", kind: "mixed", sources: ["AFP"], sources_scored: false,
      content: "أن الولايات المتحدة تعمل بجد \"لإصلاح\" الاتفاق النووي الإيراني" },
    { speaker: "WHITE_HOUSE", cue: "قال البيت>>قال", kind: "mixed", sources: ["REUTERS"],
      content: "إن المعلومات التي أعلنتها إسرائيل بشأن البرنامج النووي الإيراني توفر \"تفاصيل جديدة ومقنعة\" بشأن جهود إيران لصنع\" أسلحة نووية يمكن إطلاقها عن طريق صواريخ\"" },
    { speaker: "WHITE_HOUSE", cue: "وقال البيت>>قال", kind: "direct", sources: ["REUTERS"], sources_scored: false,
      content: "هذه الحقائق تتفق مع ما تعرفه الولايات المتحدة منذ فترة طويلة، وهو أن إيران كانت تملك برنامج أسلحة نووية قويا وسريا وأنها حاولت ولكن فشلت في إخفائه عن العالم وعن شعبها" },
    { speaker: "TRUMP", cue: "وهدد>>هدد", kind: "indirect", sources: [], optional: true,
      content: "بالانسحاب من الاتفاق الدولي ما لم يتم إعادة التفاوض عليه بحلول 12 مايو" },
    { speaker: "TRUMP", cue: "وأشار إلى>>أشار", kind: "indirect", sources: [],
      content: "إلى أنه يؤيد تصريحات رئيس الوزراء الإسرائيلي" },
    { speaker: "NETANYAHU", cue: "وقال نتانياهو>>قال", kind: "indirect", sources: [],
      content: "إنه قدم معلومات المخابرات الجديدة بالفعل للولايات المتحدة، وإنه سيوفد مبعوثين إلى فرنسا وألمانيا لعرضها" },
    { speaker: "NETANYAHU", cue: "وأشار نتانياهو>>أشار", kind: "mixed", sources: [],
      content: "أن إيران \"كذبت بشأن أنها لم تمتلك برنامجا للأسلحة النووية أبدا. يثبت 100 ألف ملف سري أنها فعلت ذلك. ثانيا، حتى بعد الاتفاق، واصلت إيران الحفاظ على خبراتها المتعلقة بالأسلحة النووية وعززتها لاستخدامها في المستقبل\"" },
    { speaker: "US", cue: "خلصت", kind: "indirect", sources: [], optional: true,
      content: "إلى أن إيران لم تنتهك شروط الاتفاق" },
    { speaker: "US_INTEL_OFFICIALS", cue: "وقال مسؤولان>>قال", kind: "indirect", sources: [],
      content: "إن تصريحات نتانياهو لا تحتوي على شيء يتناقض مع هذه الرؤية" },
  ],
  events: [
    { type: "THREATEN", source: ["TRUMP", "US"], target: ["IRAN"], anchor: "وهدد>>هدد",
      note: "threat to leave the deal unless renegotiated by 12 May" },
    { type: "REJECT|RETREAT", source: ["TRUMP", "US"], target: ["IRAN"], anchor: "سيسحب", optional: true,
      note: "possible withdrawal from the deal (future)" },
    { type: "SUPPORT", source: ["TRUMP", "US"], target: ["NETANYAHU", "ISRAEL"], anchor: "يؤيد",
      note: "Trump backs Netanyahu's statements" },
    { type: "ACCUSE|REJECT", source: ["TRUMP", "US"], target: ["IRAN"], anchor: "انتقاده", optional: true },
    { type: "COOPERATE|AID", source: ["NETANYAHU", "ISRAEL"], target: ["US"], anchor: "إنه قدم>>قدم",
      note: "intelligence handed to the US" },
    { type: "CONSULT", source: ["NETANYAHU", "ISRAEL"], target: ["FRANCE", "GERMANY"], anchor: "سيوفد", optional: true,
      note: "envoys to be sent to France and Germany (future)" },
    { type: "CONSULT", source: ["NETANYAHU", "ISRAEL"], target: ["PUTIN"], anchor: "وتحدث عبر>>تحدث",
      note: "phone call with Putin" },
    { type: "ACCUSE", source: ["NETANYAHU", "ISRAEL"], target: ["IRAN"], anchor: "كذبت",
      note: "Iran lied about its nuclear weapons programme" },
    { type: "ACCUSE", source: ["WHITE_HOUSE", "US"], target: ["IRAN"], anchor: "فشلت", optional: true },
    { type: "AGREE", source: [], target: ["IRAN"], anchor: "أُبرم", date: "2015", optional: true,
      note: "the 2015 nuclear deal" },
  ],
  quantities: [
    { span: "100 ألف ملف", value: 100000, approx: null, unit_en: "files" },
  ],
  times: [
    { span: "الاثنين#1", kind: "date", value: "2018-04-30" },
    { span: "12 مايو#1", kind: "date", value: "2018-05-12" },
    { span: "في 2015>>2015", kind: "date", value: "2015" },
    { span: "12 مايو#2", kind: "date", value: "2018-05-12" },
    { span: "يوم الاثنين", kind: "date", value: "2018-04-30" },
  ],
};
