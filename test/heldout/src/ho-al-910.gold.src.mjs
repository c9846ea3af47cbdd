// Pseudo held-out gold (Al Arabiya, 2018-04-14): Trump asked for a fierce strike
// on Syria; Mattis warned; the White House blames Damascus for the chemical attack.
// The text is read from the ANT corpus by scripts/heldout.ts (title, blank line, body).
export default {
  id: "ho-al-910",
  corpus: "ant-multisource",
  docno: "AL-internationalNews-910-20180414",
  published: "2018-04-14",
  meta: { outlet: "العربية", source: "alarabia", title: "ترمب طلب ضربة شرسة بسوريا تشمل الروس والإيرانيين", author: "العربية.نت، رويترز" },
  entities: {
    REUTERS: { type: "ORG", name: "رويترز", name_en: ["Reuters"], kb: "Q130879", mentions: {
      name: ["رويترز#*"] } },
    WSJ: { type: "ORG", name: "وول ستريت جورنال", name_en: ["The Wall Street Journal", "Wall Street Journal", "WSJ"], kb: "Q164746", mentions: {
      name: ["وول ستريت جورنال#*"],
      nominal: ["نقلت الصحيفة>>الصحيفة"] } },
    TRUMP: { type: "PER", name: "دونالد ترمب", name_en: ["Donald Trump"], kb: "Q22686", mentions: {
      name: ["ترمب طلب ضربة>>ترمب", "دونالد_ترمب", "فان ترمب>>ترمب"],
      title: ["الرئيس الأميركي"] } },
    ADVISERS: { type: "PER", name: "مستشارو ترمب العسكريون", name_en: ["Trump's military advisers"], mentions: {
      nominal: ["مستشاريه العسكريين"] } },
    SYRIA: { type: "GPE", name: "سوريا", name_en: ["Syria"], kb: "Q858", mentions: {
      name: ["سوريا#*"],
      nominal: ["النظام_السوري", "النظام السوري مسؤول>>النظام السوري", "لنظام الأسد>>نظام الأسد", "يمكن للنظام>>لنظام"] } },
    RUSSIA: { type: "GPE", name: "روسيا", name_en: ["Russia"], kb: "Q159", mentions: {
      name: ["روسيا#*"],
      nominal: ["الروس والإيرانيين#*>>الروس"] } },
    IRAN: { type: "GPE", name: "إيران", name_en: ["Iran"], kb: "Q794", mentions: {
      name: ["روسيا وإيران>>إيران"],
      nominal: ["الإيرانيين#*"] } },
    MATTIS: { type: "PER", name: "جيم ماتيس", name_en: ["Jim Mattis", "James Mattis"], mentions: {
      name: ["جيم ماتيس", "أن ماتيس>>ماتيس"],
      title: ["وزير الدفاع"] } },
    COMMANDERS: { type: "PER", name: "قادة عسكريون أميركيون", name_en: ["other military commanders"], mentions: {
      nominal: ["قادة عسكريين آخرين"] } },
    BOLTON: { type: "PER", name: "جون بولتون", name_en: ["John Bolton"], mentions: {
      name: ["جون بولتون"],
      title: ["مستشار الأمن القومي"] } },
    ASSAD: { type: "PER", name: "بشار الأسد", name_en: ["Bashar al-Assad", "Assad"], kb: "Q44329", mentions: {
      name: ["لنظام الأسد>>الأسد"] } },
    WHITE_HOUSE: { type: "ORG", name: "البيت الأبيض", name_en: ["White House"], kb: "Q35525", mentions: {
      name: ["البيت الأبيض#*"] } },
    SANDERS: { type: "PER", name: "سارة ساندرز", name_en: ["Sarah Sanders", "Sarah Huckabee Sanders"], mentions: {
      name: ["سارة ساندرز"],
      title: ["المتحدثة باسم البيت الأبيض"] } },
    US_OFFICIALS: { type: "PER", name: "مسؤولون أميركيون", name_en: ["US officials"], mentions: {
      nominal: ["مسؤولون أميركيون"] } },
  },
  statements: [
    { id: "s_reuters", speaker: "REUTERS", cue: "نقلت وكالة>>نقلت", kind: "indirect", sources: [],
      content: "أن الرئيس الأميركي #دونالد_ترمب حض مستشاريه العسكريين على ضربة شرسة في #سوريا، ولم يكن سعيداً بالخيارات التي قدمت له",
      note: "Reuters and the WSJ jointly; the first-named is the speaker" },
    { id: "s_reuters2", speaker: "REUTERS", cue: "ووفق>>وفق", kind: "indirect", sources: [],
      content: "فان ترمب طلب ألا يقتصر الهجوم على #النظام_السوري، وإنما يجعل رعاته الروس والإيرانيين يدفعون الثمن" },
    { speaker: "TRUMP", cue: "ترمب طلب ألا>>طلب", kind: "indirect", sources: ["REUTERS"], parent: "s_reuters2", optional: true,
      content: "ألا يقتصر الهجوم على #النظام_السوري، وإنما يجعل رعاته الروس والإيرانيين يدفعون الثمن" },
    { speaker: "MATTIS", cue: "حذروا", kind: "indirect", sources: [],
      content: "من أنه كلما كان الهجوم أكبر كلما زاد خطر المواجهة مع روسيا وإيران" },
    { speaker: "WSJ", cue: "كشفت", kind: "indirect", sources: [],
      content: "أن ماتيس منع الضربات وألغى هجوماً كان مخططاً ليلة الخميس خشية التصعيد مع #روسيا" },
    { speaker: "BOLTON", cue: "فيما نقلت>>نقلت", kind: "indirect", sources: ["WSJ"],
      content: "أنه يريد هجوماً مدمراً يشمل البنية التحتية لنظام الأسد، وليس هجوماً على مطار يمكن للنظام إعادة تشغيله كما حصل عام 2017" },
    { speaker: "WHITE_HOUSE", cue: "فيما قال>>قال", kind: "indirect", sources: [],
      content: "إنه واثق بأن النظام السوري مسؤول عن الهجوم الكيمياوي" },
    { id: "s_wh_add", speaker: "WHITE_HOUSE", cue: "مضيفاً", kind: "indirect", sources: [],
      content: "أن المعلومات الأميركية تظهر أن مزاعم روسيا بأن الهجوم مختلق غير صحيحة" },
    { speaker: "RUSSIA", cue: "مزاعم روسيا>>مزاعم", kind: "indirect", sources: ["WHITE_HOUSE"], parent: "s_wh_add", optional: true,
      content: "بأن الهجوم مختلق" },
    { speaker: "SANDERS", cue: "وقالت المتحدثة>>قالت", kind: "direct", sources: [],
      content: "معلوماتنا تفيد بالعكس. لا أستطيع أن أقول أكثر من ذلك" },
    { speaker: "SANDERS", cue: "وأضافت:>>أضافت", kind: "direct", sources: [],
      content: "نحن على ثقة تامة بأن سوريا مسؤولة" },
    { speaker: "SANDERS", cue: "وقالت إن تقاعس>>قالت", kind: "mixed", sources: [],
      content: "إن تقاعس روسيا عن وقف سوريا \"جزء من المشكلة\"" },
    { speaker: "US_OFFICIALS", cue: "أفادو", kind: "indirect", sources: [],
      content: "أنهم حصلوا على عينات من بول ودم ضحايا الهجوم في #سوريا" },
    { speaker: "US_OFFICIALS", cue: "وأكدوا>>أكدوا", kind: "indirect", sources: [],
      content: "وجود الكلور وغاز الأعصاب" },
  ],
  events: [
    { type: "REQUEST", source: ["TRUMP"], target: ["ADVISERS", "MATTIS", "COMMANDERS"], anchor: "حض",
      note: "Trump urged his military advisers to strike hard" },
    { type: "REQUEST", source: ["TRUMP"], target: ["ADVISERS", "MATTIS", "COMMANDERS"], anchor: "فان ترمب طلب>>طلب", optional: true,
      note: "same demand, restated" },
    { type: "ASSAULT", source: ["TRUMP"], target: ["SYRIA", "RUSSIA", "IRAN"], anchor: "ضربة شرسة في>>ضربة", location: "SYRIA", optional: true,
      note: "the strike being planned (not yet carried out)" },
    { type: "ACCUSE", source: ["WHITE_HOUSE", "SANDERS"], target: ["SYRIA", "ASSAD"], anchor: "مسؤول عن الهجوم>>مسؤول",
      note: "White House blames the Syrian government for the chemical attack" },
    { type: "ASSAULT", source: ["SYRIA", "ASSAD"], target: [], anchor: "الهجوم الكيمياوي", location: "SYRIA",
      note: "the chemical attack (alleged)" },
    { type: "REJECT|ACCUSE", source: ["WHITE_HOUSE", "SANDERS"], target: ["RUSSIA"], anchor: "غير صحيحة", optional: true,
      note: "Russian claims that the attack was staged rejected" },
    { type: "ACCUSE", source: ["SANDERS", "WHITE_HOUSE"], target: ["RUSSIA"], anchor: "تقاعس", optional: true,
      note: "Russia's failure to stop Syria is 'part of the problem'" },
    { type: "ACCUSE", source: ["SANDERS", "WHITE_HOUSE"], target: ["SYRIA"], anchor: "بأن سوريا مسؤولة>>مسؤولة", optional: true },
    { type: "ASSAULT", source: ["TRUMP"], target: ["SYRIA"], anchor: "وليس هجوماً على مطار>>هجوماً", date: "2017", optional: true,
      note: "the 2017 strike on an airbase (background)" },
    { type: "ACCUSE", source: ["RUSSIA"], target: [], anchor: "مختلق", optional: true,
      note: "Russia claims the attack was fabricated" },
  ],
  quantities: [],
  times: [
    { span: "ليلة الخميس", kind: "date", value: "2018-04-12" },
    { span: "عام 2017", kind: "date", value: "2017" },
  ],
};
