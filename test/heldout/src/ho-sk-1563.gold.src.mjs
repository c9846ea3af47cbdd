// Pseudo held-out gold (Sky News Arabia, 2018-05-10): Israeli missile strikes on
// Syrian positions, as told by a Syrian military source via SANA, AFP and Sky's
// own sources. "إسرائيلية" contains "إسرائيل": Israel's mentions are listed one by one.
export default {
  id: "ho-sk-1563",
  corpus: "ant-multisource",
  docno: "SK-middleEast-1563-20180510",
  published: "2018-05-10",
  meta: { outlet: "سكاي نيوز عربية", source: "skynews", title: "دمشق: صواريخ إسرائيل استهدفت مواقع عسكرية ومستودع ذخيرة", author: "أبوظبي - سكاي نيوز عربية" },
  entities: {
    SYRIA: { type: "GPE", name: "سوريا", name_en: ["Syria"], kb: "Q858", mentions: {
      name: ["في سوريا>>سوريا"],
      metonym: ["دمشق:>>دمشق"] } },
    DAMASCUS: { type: "GPE", name: "دمشق", name_en: ["Damascus"], kb: "Q3766", mentions: {
      name: ["العاصمة دمشق>>دمشق", "في دمشق>>دمشق"],
      nominal: ["العاصمة السورية", "العاصمة دمشق>>العاصمة", "عن المدينة>>المدينة"] } },
    RIF_DIMASHQ: { type: "GPE", name: "ريف دمشق", name_en: ["Rif Dimashq", "Damascus countryside"], mentions: {
      name: ["ريف دمشق#*"] } },
    ISRAEL: { type: "GPE", name: "إسرائيل", name_en: ["Israel"], kb: "Q801", mentions: {
      name: ["صواريخ إسرائيل استهدفت>>إسرائيل", "\"إسرائيل تحاول>>إسرائيل"] } },
    SYR_ARMY: { type: "ORG", name: "الجيش السوري", name_en: ["Syrian army", "Syrian Arab Army"], mentions: {
      nominal: ["للجيش السوري>>لجيش السوري"] } },
    SYR_STATE_MEDIA: { type: "ORG", name: "الإعلام الرسمي السوري", name_en: ["Syrian state media"], mentions: {
      nominal: ["الاعلام الرسمي السوري"] } },
    MIL_SOURCE: { type: "PER", name: "مصدر عسكري سوري", name_en: ["Syrian military source"], mentions: {
      nominal: ["مصدر عسكري", "وقال المصدر>>المصدر", "عن المصدر العسكري>>المصدر العسكري"] } },
    SANA: { type: "ORG", name: "سانا", name_en: ["SANA", "Syrian Arab News Agency"], mentions: {
      name: ["سانا#*", "وكالة الأنباء السورية"],
      nominal: ["وقالت الوكالة>>الوكالة"] } },
    SYR_AIR_DEFENSE: { type: "ORG", name: "الدفاعات الجوية السورية", name_en: ["Syrian air defences"], mentions: {
      nominal: ["الدفاعات الجوية السورية", "دفاعاتنا الجوية"] } },
    HOMS: { type: "GPE", name: "حمص", name_en: ["Homs"], kb: "Q80988", mentions: {
      name: ["حمص"] } },
    AFP: { type: "ORG", name: "فرانس برس", name_en: ["AFP", "Agence France-Presse"], kb: "Q40464", mentions: {
      name: ["فرانس برس"] } },
    SYRIAN_SOURCES: { type: "PER", name: "مصادر سورية", name_en: ["Syrian sources"], mentions: {
      nominal: ["مصادر سورية"] } },
    SASA: { type: "GPE", name: "سعسع", name_en: ["Sa'sa'", "Sasa"], mentions: {
      name: ["سعسع"] } },
    SKY_SOURCES: { type: "PER", name: "مصادر سكاي نيوز عربية", name_en: ["Sky News Arabia sources"], mentions: {
      nominal: ["مصادر سكاي نيوز عربية", "كما أفادت المصادر>>المصادر"] } },
    SKYNEWS: { type: "ORG", name: "سكاي نيوز عربية", name_en: ["Sky News Arabia"], mentions: {
      name: ["سكاي نيوز عربية", "مراسل سكاي نيوز>>سكاي نيوز"] } },
    SKY_REPORTER: { type: "PER", name: "مراسل سكاي نيوز", name_en: ["Sky News correspondent"], mentions: {
      nominal: ["وقال مراسل>>مراسل"] } },
    HEZBOLLAH: { type: "ORG", name: "حزب الله", name_en: ["Hezbollah"], mentions: {
      name: ["حزب الله"] } },
    QUSAYR: { type: "GPE", name: "القصير", name_en: ["Al-Qusayr", "Qusayr"], mentions: {
      name: ["القصير"] } },
    KHALKHALA: { type: "LOC", name: "خلخلة", name_en: ["Khalkhalah airbase"], mentions: { name: ["خلخلة"] } },
    BALI: { type: "LOC", name: "بلي", name_en: ["Bali airbase"], mentions: { name: ["وبلي>>بلي"] } },
    DAMASCUS_TOWER: { type: "LOC", name: "برج دمشق التجاري", name_en: ["Damascus Trade Tower"], mentions: { name: ["برج دمشق التجاري"] } },
    JAMRAYA: { type: "GPE", name: "جمرايا", name_en: ["Jamraya"], mentions: { name: ["جمرايا"] } },
    MEZZEH: { type: "LOC", name: "مطار المزة", name_en: ["Mezzeh airport", "Mezzeh Military Airport"], mentions: { name: ["مطار المزة"] } },
    ZABLATANI: { type: "LOC", name: "الزبلطاني", name_en: ["Zablatani"], mentions: { name: ["الزبلطاني"] } },
    SAFED: { type: "GPE", name: "صفد", name_en: ["Safed"], mentions: { name: ["صفد"] } },
    GALILEE: { type: "LOC", name: "الجليل الأعلى", name_en: ["Upper Galilee"], mentions: { name: ["الجليل الأعلى"] } },
    GOLAN: { type: "LOC", name: "الجولان", name_en: ["Golan Heights", "Golan"], kb: "Q83210", mentions: { name: ["الجولان"] } },
    QUDS_FORCE: { type: "ORG", name: "فيلق القدس", name_en: ["Quds Force"], mentions: { name: ["فيلق القدس"] } },
  },
  statements: [
    { speaker: "MIL_SOURCE", cue: "وفق ما نقل>>وفق", kind: "indirect", sources: ["SYR_STATE_MEDIA"],
      content: "استهدفت صواريخ إسرائيلية مواقع عسكرية تابعة للجيش السوري ومستودع ذخيرة وموقع رادار", note: "content precedes the cue" },
    { speaker: "MIL_SOURCE", cue: "وقال المصدر>>قال", kind: "mixed", sources: ["SANA"],
      content: "إن بعض الصواريخ الإسرائيلية \"استطاع استهداف عدد من كتائب الدفاع الجوي والرادار ومستودع ذخيرة\"" },
    { speaker: "MIL_SOURCE", cue: "وأكد>>أكد", kind: "mixed", sources: ["SANA"], sources_scored: false,
      content: "أن الدفاعات الجوية السورية أسقطت \"عشرات الصواريخ الإسرائيلية المعادية وتمنع معظمها من الوصول الى أهدافها\"" },
    { speaker: "MIL_SOURCE", cue: "قوله", kind: "direct", sources: ["SANA"],
      content: "دفاعاتنا الجوية تتصدى لعشرات الصواريخ الإسرائيلية وبعضها يصيب هدفه ويدمر أحد مواقع الرادار." },
    { speaker: "SANA", cue: "وأفادت سانا>>أفادت", kind: "mixed", sources: [],
      content: "أن \"إسرائيل تحاول عبر عدوانها استهداف بعض كتائب الدفاع الجوي وتحاول تدمير بعض الرادارات\"" },
    { speaker: "SANA", cue: "وقالت الوكالة>>قالت", kind: "indirect", sources: [],
      content: "إنه تم إسقاط بعض الصواريخ الإسرائيلية إلى الجنوب من مدينة حمص" },
    { speaker: "AFP", cue: "وقالت وكالة>>قالت", kind: "indirect", sources: [],
      content: "إنه سُمع دوي انفجارات ضخمة فجر الخميس في العاصمة السورية" },
    { speaker: "SYRIAN_SOURCES", cue: "قد قالت>>قالت", kind: "indirect", sources: [],
      content: "إن\u00a0 غارة جوية استهدفت فوج المدفعية 137 بالقرب من سعسع في ريف دمشق" },
    { speaker: "SKY_SOURCES", cue: "وأوردت>>أوردت", kind: "indirect", sources: [],
      content: "أنباء عن استهداف مواقع ميليشيات حزب الله في ريف القصير" },
    { speaker: "SKY_SOURCES", cue: "كما أفادت>>أفادت", kind: "indirect", sources: [],
      content: "باستهداف مطاري خلخلة وبلي العسكريين في سوريا وبرج دمشق التجاري قرب العاصمة دمشق" },
    { speaker: "SKY_SOURCES", cue: "وأبلغت>>أبلغت", kind: "indirect", sources: [],
      content: "بوقوع قصف على جمرايا في ريف دمشق ووقوع انفجارين كبيرين في منطقتي مطار المزة والزبلطاني في دمشق" },
    { speaker: "SKY_REPORTER", cue: "وقال مراسل>>قال", kind: "indirect", sources: [],
      content: "إن مقاتلات إسرائيلية انطلقت من مطارات في الشمال وتم إطلاق صاروخ باتريوت من منظومة قرب صفد في الجليل الأعلى" },
  ],
  events: [
    { type: "ASSAULT", source: ["ISRAEL"], target: ["SYRIA", "SYR_ARMY"], anchor: "استهدفت صواريخ>>استهدفت", date: "2018-05-10",
      note: "Israeli missiles hit army positions, an ammunition depot and a radar" },
    { type: "ASSAULT", source: ["SYR_AIR_DEFENSE", "SYRIA"], target: ["ISRAEL"], anchor: "أسقطت", optional: true,
      note: "air defences down Israeli missiles" },
    { type: "ASSAULT", source: ["ISRAEL"], target: ["SYRIA", "SYR_ARMY"], anchor: "غارة جوية", location: "SASA",
      note: "air strike on the 137th artillery regiment near Sa'sa'" },
    { type: "ASSAULT", source: ["ISRAEL"], target: ["HEZBOLLAH"], anchor: "عن استهداف>>استهداف", location: "QUSAYR",
      note: "Hezbollah positions hit in the Qusayr countryside" },
    { type: "ASSAULT", source: ["ISRAEL"], target: ["SYRIA"], anchor: "باستهداف>>استهداف", optional: true,
      note: "Khalkhalah and Bali airbases, Damascus tower" },
    { type: "ASSAULT", source: ["ISRAEL"], target: ["SYRIA"], anchor: "قصف على", location: "JAMRAYA", optional: true },
    { type: "ASSAULT", source: ["QUDS_FORCE"], target: ["ISRAEL"], anchor: "لضربات صاروخية>>ضربات", location: "GOLAN",
      note: "the Quds Force rocket fire on Israeli positions in the Golan that preceded the strikes" },
    { type: "ASSAULT", source: ["ISRAEL"], target: ["SYRIA"], anchor: "القصف الإسرائيلي", optional: true },
    { type: "ACCUSE", source: ["SANA", "SYRIA"], target: ["ISRAEL"], anchor: "عدوانها", optional: true },
    { type: "ASSAULT|MOBILIZE", source: ["ISRAEL"], target: [], anchor: "إطلاق صاروخ", optional: true,
      note: "Patriot missile launched near Safed" },
  ],
  quantities: [],
  times: [
    { span: "فجر الخميس#1", kind: "date", value: "2018-05-10" },
    { span: "فجر الخميس#2", kind: "date", value: "2018-05-10" },
  ],
};
