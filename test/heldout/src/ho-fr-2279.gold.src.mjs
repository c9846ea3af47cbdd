// Pseudo held-out gold (France 24, 2018-07-12): Syrian government forces enter
// Daraa al-Balad after a surrender deal, as reported by SANA.
export default {
  id: "ho-fr-2279",
  corpus: "ant-multisource",
  docno: "FR-internationalNews-2279-20180712",
  published: "2018-07-12",
  meta: { outlet: "فرانس 24", source: "france24", title: "القوات السورية تدخل منطقة درعا البلد بعد استعادتها من الفصائل المعارضة", author: "فرانس 24" },
  entities: {
    SYR_FORCES: { type: "ORG", name: "قوات النظام السوري", name_en: ["Syrian government forces", "Syrian army", "Syrian Arab Army"], mentions: {
      nominal: ["القوات السورية", "قوات النظام السوري#*", "الجيش السوري", "وتسيطر قوات النظام>>قوات النظام"] } },
    REBELS: { type: "ORG", name: "الفصائل المعارضة", name_en: ["rebel factions", "Syrian opposition factions", "rebels"], mentions: {
      nominal: ["الفصائل المعارضة#*", "فصائل المعارضة المسلحة#*", "الفصائل المتواجدة#*>>الفصائل", "المجموعات الإرهابية", "إشارة إلى فصائل المعارضة>>فصائل المعارضة"] } },
    DARAA_BALAD: { type: "GPE", name: "درعا البلد", name_en: ["Daraa al-Balad"], mentions: {
      name: ["درعا البلد#*"] } },
    SANA: { type: "ORG", name: "سانا", name_en: ["SANA", "Syrian Arab News Agency"], mentions: {
      name: ["سانا#*", "وكالة الأنباء السورية#*"],
      nominal: ["للوكالة>>لوكالة", "وقالت الوكالة>>الوكالة", "ذكرت الوكالة>>الوكالة"] } },
    SANA_REPORTER: { type: "PER", name: "مراسل سانا", name_en: ["SANA correspondent"], mentions: {
      nominal: ["مراسل"] } },
    DARAA_CITY: { type: "GPE", name: "درعا", name_en: ["Daraa"], mentions: {
      name: ["مدينة درعا>>درعا"],
      nominal: ["أحياء في المدينة>>المدينة"] } },
    DARAA_GOV: { type: "GPE", name: "محافظة درعا", name_en: ["Daraa Governorate", "Daraa province"], mentions: {
      name: ["محافظة درعا>>درعا"] } },
    SYRIA: { type: "GPE", name: "سوريا", name_en: ["Syria"], kb: "Q858", mentions: {
      name: ["سوريا#*"],
      nominal: ["مع النظام السوري>>النظام السوري", "بين النظام السوري>>النظام السوري"] } },
    KHALID_ARMY: { type: "ORG", name: "جيش خالد بن الوليد", name_en: ["Khalid ibn al-Walid Army"], mentions: {
      name: ["خالد بن الوليد"] } },
    ISIS: { type: "ORG", name: "الدولة الإسلامية", name_en: ["Islamic State", "ISIS", "ISIL"], kb: "Q2429253", mentions: {
      name: ["الدولة الإسلامية"] } },
    TARIQ_SADD: { type: "LOC", name: "طريق السد", name_en: ["Tariq al-Sadd"], mentions: { name: ["طريق السد"] } },
    MUKHAYYAM: { type: "LOC", name: "المخيم", name_en: ["Daraa camp", "al-Mukhayyam"], mentions: { name: ["والمخيم>>المخيم"] } },
    SIJNA: { type: "LOC", name: "سجنة", name_en: ["Sijna"], mentions: { name: ["وسجنة>>سجنة"] } },
    MANSHIYA: { type: "LOC", name: "المنشية", name_en: ["al-Manshiyah"], mentions: { name: ["والمنشية>>المنشية"] } },
    GHARAZ: { type: "LOC", name: "غرز", name_en: ["Gharz"], mentions: { name: ["وغرز>>غرز"] } },
    SAWAMEA: { type: "LOC", name: "الصوامع", name_en: ["al-Sawamea"], mentions: { name: ["والصوامع>>الصوامع"] } },
  },
  statements: [
    { speaker: "SANA", cue: "بحسب ما أفادت", kind: "indirect", sources: [],
      content: "دخلت قوات النظام السوري الخميس إلى أحياء يسيطر عليها مقاتلو الفصائل المعارضة في منطقة درعا البلد ورفعت العلم في الساحة العامة أمام مبنى البريد",
      note: "content precedes the cue" },
    { speaker: "SANA", cue: "أعلنت", kind: "indirect", sources: [],
      content: "عن دخول قوات النظام السوري أحياء يسيطر عليها مقاتلو الفصائل المعارضة في مدينة درعا جنوب سوريا" },
    { speaker: "SANA_REPORTER", cue: "وقال مراسل>>قال", kind: "direct", sources: ["SANA"], sources_scored: false,
      content: "وحدات من الجيش السوري دخلت إلى منطقة درعا البلد ورفعت العلم في الساحة العامة أمام مبنى البريد" },
    { speaker: "SANA", cue: "أفادت الأربعاء>>أفادت", kind: "indirect", sources: [],
      content: "أنه تم التوصل إلى اتفاق بين النظام السوري وفصائل المعارضة المسلحة يقضي بأن تقوم الفصائل المتواجدة في درعا البلد بتسليم أسلحتها" },
    { speaker: "SANA", cue: "وقالت الوكالة>>قالت", kind: "mixed", sources: [],
      content: "إن الاتفاق \"ينص على تسليم المجموعات الإرهابية سلاحها الثقيل والمتوسط\"" },
    { speaker: "SANA", cue: "وأوضحت>>أوضحت", kind: "mixed", sources: [],
      content: "أن الاتفاق \"يشمل مناطق درعا البلد وطريق السد والمخيم وسجنة والمنشية وغرز والصوامع\"" },
    { speaker: "SANA", cue: "كما ذكرت>>ذكرت", kind: "direct", sources: [],
      content: "أنه بموجب الاتفاق، ستتم تسوية أوضاع المسلحين الراغبين بالتسوية وخروج الإرهابيين الرافضين للاتفاق" },
  ],
  events: [
    { type: "MOBILIZE|COERCE|ASSAULT", source: ["SYR_FORCES", "SYRIA"], target: ["REBELS", "DARAA_BALAD"], anchor: "دخلت", location: "DARAA_BALAD", date: "2018-07-12",
      note: "government forces enter rebel-held Daraa al-Balad and raise the flag" },
    { type: "MOBILIZE|COERCE|ASSAULT", source: ["SYR_FORCES", "SYRIA"], target: ["REBELS", "DARAA_CITY", "DARAA_BALAD"], anchor: "عن دخول>>دخول", location: "DARAA_CITY", date: "2018-07-12", optional: true },
    { type: "AGREE", source: ["REBELS"], target: ["SYRIA", "SYR_FORCES"], anchor: "إلى اتفاق مع>>اتفاق", date: "2018-07-11",
      note: "surrender deal: the factions in Daraa al-Balad hand over their weapons" },
    { type: "AGREE", source: ["REBELS"], target: ["SYRIA", "SYR_FORCES"], anchor: "اتفاق بين", date: "2018-07-11", optional: true },
    { type: "RETREAT|CONCEDE", source: ["REBELS"], target: ["SYRIA", "SYR_FORCES"], anchor: "بتسليم أسلحتها#1>>تسليم", optional: true,
      note: "handover of heavy and medium weapons" },
    { type: "ASSAULT", source: [], target: [], anchor: "أوقعت الحرب>>الحرب", location: "SYRIA", optional: true,
      note: "the war since 2011: 400,000+ killed" },
    { type: "SUPPORT|COOPERATE", source: ["KHALID_ARMY"], target: ["ISIS"], anchor: "بايع", optional: true,
      note: "allegiance to the Islamic State" },
  ],
  quantities: [
    { span: "نحو 80 بالمئة", value: 80, approx: "about", unit_en: "percent" },
    { span: "نحو 15 بالمئة", value: 15, approx: "about", unit_en: "percent" },
    { span: "أكثر من 400 ألف قتيل", value: 400000, approx: "more_than", unit_en: "people killed" },
  ],
  times: [
    { span: "الخميس#1", kind: "date", value: "2018-07-12" },
    { span: "الخميس#2", kind: "date", value: "2018-07-12" },
    { span: "الأربعاء", kind: "date", value: "2018-07-11" },
    { span: "العام 2011", kind: "date", value: "2011" },
  ],
};
