// Pseudo held-out gold (Al Arabiya, 2018-03-13): Skripal poisoning; London threatens
// a World Cup boycott, Moscow answers through Interfax and Zakharova.
// Hashtags (#تيريزا_ماي) are mentions without the "#"; the underscore stays.
export default {
  id: "ho-al-451",
  corpus: "ant-multisource",
  docno: "AL-internationalNews-451-20180313",
  published: "2018-03-13",
  meta: { outlet: "العربية", source: "alarabia", title: "قضية الجاسوس.. لندن تهدد بمقاطعة المونديال وموسكو تهدئ", author: "العربية.نت - وكالات" },
  entities: {
    INTERFAX: { type: "ORG", name: "إنترفاكس", name_en: ["Interfax"], mentions: {
      name: ["إنترفاكس#*"] } },
    RUS_MFA: { type: "ORG", name: "وزارة الخارجية الروسية", name_en: ["Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia"], mentions: {
      name: ["وزارة الخارجية الروسية", "الخارجية_الروسية"],
      nominal: ["عن الوزارة>>الوزارة"] } },
    UK: { type: "GPE", name: "بريطانيا", name_en: ["United Kingdom", "Britain", "UK"], kb: "Q145", mentions: {
      name: ["بريطانيا", "المملكة المتحدة"],
      metonym: ["لندن"] } },
    RUSSIA: { type: "GPE", name: "روسيا", name_en: ["Russia"], kb: "Q159", mentions: {
      name: ["روسيا#*"],
      metonym: ["موسكو#*"] } },
    ENGLAND: { type: "GPE", name: "انجلترا", name_en: ["England"], kb: "Q21", mentions: {
      name: ["انجلترا"] } },
    MAY: { type: "PER", name: "تيريزا ماي", name_en: ["Theresa May"], kb: "Q264766", mentions: {
      name: ["تيريزا_ماي", "تيريزا ماي", "وأشارت ماي>>ماي", "وقالت ماي>>ماي", "تصريحات ماي>>ماي", "تصريح ماي>>ماي"],
      title: ["رئيسة الوزراء البريطانية#*"] } },
    BRIT_OFFICIALS: { type: "PER", name: "مسؤولون بريطانيون", name_en: ["British officials"], mentions: {
      nominal: ["بعض المسؤولين البريطانيين"] } },
    SKRIPAL: { type: "PER", name: "سيرغي سكريبال", name_en: ["Sergei Skripal", "Sergey Skripal"], mentions: {
      name: ["سيرغي سكريبال", "له سكريبال>>سكريبال", "فيها سكريبال>>سكريبال"],
      title: ["الكولونيل السابق"],
      nominal: ["قضية الجاسوس>>الجاسوس", "جاسوس_روسي", "العميل الروسي السابق", "الجاسوس_الروسي", "تسميم الجاسوس>>الجاسوس", "وتعرض الرجل>>الرجل", "أن الجاسوس>>الجاسوس"] } },
    YULIA: { type: "PER", name: "يوليا سكريبال", name_en: ["Yulia Skripal"], mentions: {
      name: ["يوليا"],
      nominal: ["وابنته#*>>ابنته"] } },
    RUS_INTEL: { type: "ORG", name: "المخابرات الروسية", name_en: ["Russian intelligence", "GRU"], mentions: {
      nominal: ["المخابرات_الروسية"] } },
    UK_PARLIAMENT: { type: "ORG", name: "البرلمان البريطاني", name_en: ["British Parliament", "UK Parliament"], mentions: {
      nominal: ["البرلمان البريطاني#*"] } },
    UK_POLICE: { type: "ORG", name: "الشرطة البريطانية", name_en: ["British police", "police"], mentions: {
      nominal: ["الشرطة#*"] } },
    RUS_AMBASSADOR: { type: "PER", name: "السفير الروسي لدى المملكة المتحدة", name_en: ["Russian ambassador to the UK", "Alexander Yakovenko"], mentions: {
      nominal: ["السفير الروسي"] } },
    SALISBURY: { type: "GPE", name: "سالزبيري", name_en: ["Salisbury"], mentions: {
      name: ["سالزبيري"],
      nominal: ["المدينة الإنجليزية"] } },
    ZAKHAROVA: { type: "PER", name: "ماريا زاخاروفا", name_en: ["Maria Zakharova"], mentions: {
      name: ["ماريا زاخاروفا"],
      title: ["المتحدثة باسم #الخارجية_الروسية"] } },
    AGENCIES: { type: "ORG", name: "وكالات الأنباء", name_en: ["news agencies"], mentions: {
      nominal: ["وكالات الأنباء"] } },
  },
  statements: [
    { speaker: "RUS_MFA", cue: "ذكرت", kind: "indirect", sources: ["INTERFAX"],
      content: "أن تهديد #بريطانيا #مقاطعة_كأس_العالم لكرة القدم 2018 بسبب #تسميم_جاسوس_روسي سابق في انجلترا سيلحق الضرر بالعلاقات مع #موسكو وسيؤثر على الرياضة العالمية" },
    { speaker: "MAY", cue: "_ماي قالت>>قالت", kind: "mixed", sources: [],
      content: "إن \"من المرجح للغاية\" أن تكون موسكو مسؤولة عن الهجوم" },
    { speaker: "BRIT_OFFICIALS", cue: "واقترح>>اقترح", kind: "indirect", sources: [], optional: true,
      content: "مقاطعة كأس العالم الذي تستضيفه روسيا هذا العام ردا على ذلك" },
    { speaker: "RUS_MFA", cue: "قولها", kind: "direct", sources: ["INTERFAX"],
      content: "نريد التأكيد مجددا: مثل هذه البيانات الاستفزازية التي تغذي المشاعر المناهضة لروسيا لا تؤدي إلا إلى تعقيد العلاقات بين دولتينا وهي ضربة للرياضة العالمية" },
    { speaker: "MAY", cue: "واعتبرت>>اعتبرت", kind: "mixed", sources: [],
      content: "تسميم العميل الروسي السابق بمثابة \"عمل عسكري على الأراضي البريطانية\"" },
    { speaker: "MAY", cue: "وقالت إن #الجاسوس>>قالت", kind: "indirect", sources: [],
      content: "إن #الجاسوس_الروسي السابق، سيرغي سكريبال، الكولونيل السابق في #المخابرات_الروسية، تعرض لتسميم بنوع من غاز الأعصاب تنتجه روسيا" },
    { speaker: "MAY", cue: "وأشارت>>أشارت", kind: "indirect", sources: [],
      content: "إلى وجود احتمال كبير في تورط موسكو في عملية تسميم الجاسوس" },
    { speaker: "UK_POLICE", cue: "وذكرت الشرطة>>ذكرت", kind: "indirect", sources: [],
      content: "أن الجاسوس وابنته لا يزالان في حالة حرجة بوحدة العناية الفائقة في المستشفى" },
    { speaker: "MAY", cue: "وقالت ماي>>قالت", kind: "indirect", sources: [],
      content: "إنه جرى استدعاء السفير الروسي لدى المملكة المتحدة، لتوضيح الكيفية التي تم بها إحضار غاز أعصاب روسي إلى سالزبيري" },
    { speaker: "RUSSIA", cue: "رفضت", kind: "indirect", sources: [], optional: true,
      content: "تصريحات ماي" },
    { speaker: "ZAKHAROVA", cue: "وقالت المتحدثة>>قالت", kind: "direct", sources: ["AGENCIES"],
      content: "هذه مهزلة في البرلمان البريطاني" },
    { speaker: "ZAKHAROVA", cue: "مضيفة", kind: "mixed", sources: ["AGENCIES"],
      content: "أن تصريح ماي هو جزء من \"معلومات وحملة سياسية تقوم على الاستفزاز\"" },
  ],
  events: [
    { type: "THREATEN|SANCTION", source: ["UK", "MAY", "BRIT_OFFICIALS"], target: ["RUSSIA"], anchor: "أن تهديد>>تهديد",
      note: "British threat to boycott the World Cup hosted by Russia" },
    { type: "SANCTION|THREATEN", source: ["BRIT_OFFICIALS", "UK"], target: ["RUSSIA"], anchor: "مقاطعة كأس العالم الذي>>مقاطعة", optional: true,
      note: "proposed boycott" },
    { type: "ACCUSE", source: ["MAY", "UK"], target: ["RUSSIA"], anchor: "أن تكون موسكو مسؤولة>>مسؤولة",
      note: "May: 'highly likely' Moscow is responsible" },
    { type: "ASSAULT", source: ["RUSSIA", "RUS_INTEL"], target: ["SKRIPAL", "YULIA"], anchor: "تعرض لتسميم>>تسميم", location: "SALISBURY",
      note: "the nerve-agent poisoning of Skripal and his daughter" },
    { type: "ACCUSE", source: ["MAY", "UK"], target: ["RUSSIA"], anchor: "تورط", optional: true,
      note: "same accusation, in parliament" },
    { type: "REQUEST|THREATEN", source: ["MAY", "UK"], target: ["RUSSIA"], anchor: "ممهلة", date: "2018-03-12",
      note: "ultimatum: Russia has until Tuesday to explain" },
    { type: "REQUEST|ACCUSE|CONSULT", source: ["MAY", "UK"], target: ["RUS_AMBASSADOR", "RUSSIA"], anchor: "استدعاء",
      note: "Russian ambassador summoned to explain" },
    { type: "REJECT", source: ["RUSSIA", "RUS_MFA", "ZAKHAROVA"], target: ["MAY", "UK"], anchor: "رفضت",
      note: "Moscow rejects May's statements" },
    { type: "ACCUSE", source: ["ZAKHAROVA", "RUS_MFA", "RUSSIA"], target: ["MAY", "UK", "UK_PARLIAMENT"], anchor: "مهزلة", optional: true,
      note: "'a circus in the British parliament'" },
    { type: "ACCUSE", source: ["ZAKHAROVA", "RUS_MFA", "RUSSIA"], target: ["MAY", "UK"], anchor: "حملة سياسية", optional: true },
    { type: "ACCUSE", source: ["RUS_MFA", "RUSSIA"], target: ["UK"], anchor: "البيانات الاستفزازية", optional: true },
    { type: "ACCUSE", source: ["MAY", "UK"], target: ["RUSSIA"], anchor: "عمل عسكري", optional: true,
      note: "the poisoning called 'a military act on British soil'" },
  ],
  quantities: [],
  times: [
    { span: "الاثنين#1", kind: "date", value: "2018-03-12" },
    { span: "هذا العام", kind: "date", value: "2018" },
    { span: "66 عاماً", kind: "duration", value: "P66Y" },
    { span: "33 عاماً", kind: "duration", value: "P33Y" },
    { span: "الاثنين#2", kind: "date", value: "2018-03-12" },
    { span: "اليوم الثلاثاء", kind: "date", value: "2018-03-13" },
  ],
};
