// Pseudo held-out gold (Jawhara FM, Tunisia, 2017-03-12): Germany to deport a Tunisian
// suspected in the Bardo museum attack (de Maizière via Reuters).
// Maghrebi month names (أوت، جوان).
export default {
  id: "ho-ja-2665",
  corpus: "ant-jawharafm",
  docno: "JA-localNews-2665-20170312",
  published: "2017-03-12",
  meta: { outlet: "الجوهرة أف أم", source: "Jawhara FM", title: "قريبا : ألمانيا ترحّل إلى تونس إرهابيا متهما في هجوم باردو" },
  entities: {
    DE_MAIZIERE: { type: "PER", name: "توماس دي ميزير", name_en: ["Thomas de Maizière", "Thomas de Maiziere"], mentions: {
      name: ["توماس دي ميزير"],
      title: ["وزير الداخلية الألماني", "الوزير الالماني"] } },
    GERMANY: { type: "GPE", name: "ألمانيا", name_en: ["Germany"], kb: "Q183", mentions: {
      name: ["ألمانيا#*"],
      nominal: ["دخل البلاد>>البلاد"] } },
    DE_AUTHORITIES: { type: "ORG", name: "السلطات الألمانية", name_en: ["German authorities"], mentions: {
      nominal: ["السلطات الالمانية#*"] } },
    TUNISIA: { type: "GPE", name: "تونس", name_en: ["Tunisia"], kb: "Q948", mentions: {
      name: ["إلى تونس>>تونس", "من تونس>>تونس"],
      nominal: ["الجانب التونسي"] } },
    SUSPECT: { type: "PER", name: "طالب اللجوء التونسي", name_en: ["Tunisian asylum seeker", "Tunisian suspect"], mentions: {
      nominal: ["إرهابيا متهما", "تونسيا محتجزا>>تونسيا", "الإرهابي محتجز>>الإرهابي", "هذا التونسي#*", "المشتبه به", "أن طالب اللجوء>>طالب اللجوء"] } },
    BARDO: { type: "LOC", name: "متحف باردو", name_en: ["Bardo National Museum", "Bardo Museum"], mentions: {
      name: ["هجوم باردو>>باردو", "متحف باردو#*"] } },
    REUTERS: { type: "ORG", name: "رويترز", name_en: ["Reuters"], kb: "Q130879", mentions: {
      name: ["رويترز#*"],
      nominal: ["ونقلت الوكالة>>الوكالة"] } },
    ARD: { type: "ORG", name: "ARD", name_en: ["ARD"], mentions: {
      name: ["ARD"] } },
    DE_PROSECUTION: { type: "ORG", name: "الادعاء الألماني", name_en: ["German prosecutors", "German prosecution"], mentions: {
      nominal: ["الادعاء الالماني", "وأضاف الادعاء>>الادعاء"] } },
    ISIS: { type: "ORG", name: "داعش", name_en: ["ISIS", "Islamic State", "ISIL"], kb: "Q2429253", mentions: {
      name: ["داعش"] } },
    TN_INVESTIGATORS: { type: "PER", name: "المحققون التونسيون", name_en: ["Tunisian investigators"], mentions: {
      nominal: ["المحققون التونسيون"] } },
  },
  statements: [
    { speaker: "DE_MAIZIERE", cue: "قال وزير>>قال", kind: "indirect", sources: ["REUTERS"],
      content: "إنه يتوقع أن ترحل السلطات الالمانية قريبا تونسيا محتجزا لدىها بطلب من تونس، لمشاركته في الهجوم الإرهابي الذي استهدف متحف باردو في شهر مارس 2015" },
    { speaker: "DE_MAIZIERE", cue: "قوله", kind: "direct", sources: ["REUTERS"],
      content: "أستطيع أن أؤكد أن المحادثات بيننا وبين الجانب التونسي كانت ناجحة، الإرهابي محتجز وأتوقع ترحيله قريبا." },
    { speaker: "DE_PROSECUTION", cue: "قال الادعاء>>قال", kind: "indirect", sources: [],
      content: "إنه تم إلقاء القبض على هذا التونسي الذي طلب اللجوء في ألمانيا" },
    { speaker: null, cue: "ويعتقد>>يعتقد", kind: "indirect", sources: [], optional: true,
      content: "أنه تم تجنيده للانضمام لتنظيم \"داعش\" الإرهابي في ألمانيا" },
    { speaker: "DE_PROSECUTION", cue: "وأضاف الادعاء>>أضاف", kind: "indirect", sources: [],
      content: "أن المشتبه به عاش في ألمانيا لعشر سنوات حتى عام 2013 ثم دخل البلاد مرة أخرى بوصفه طالب لجوء في شهر أوت 2015" },
    { speaker: "TN_INVESTIGATORS", cue: "يشتبه", kind: "indirect", sources: ["REUTERS"],
      content: "في أن طالب اللجوء شارك في الهجوم" },
  ],
  events: [
    { type: "COERCE", source: ["DE_AUTHORITIES", "GERMANY", "DE_MAIZIERE"], target: ["SUSPECT"], anchor: "ترحل",
      note: "expected deportation of the suspect to Tunisia" },
    { type: "REQUEST", source: ["TUNISIA"], target: ["GERMANY", "DE_AUTHORITIES"], anchor: "بطلب",
      note: "extradition requested by Tunisia" },
    { type: "ASSAULT", source: [], target: [], anchor: "الهجوم الإرهابي الذي استهدف>>الهجوم الإرهابي", location: "BARDO", date: "2015-03-18",
      note: "the Bardo museum attack" },
    { type: "COERCE", source: ["DE_AUTHORITIES", "GERMANY"], target: ["SUSPECT"], anchor: "ألقت القبض", date: "2017-02",
      note: "arrest last month on suspicion of planning an attack in Germany" },
    { type: "CONSULT", source: ["GERMANY", "DE_MAIZIERE"], target: ["TUNISIA"], anchor: "المحادثات",
      note: "successful talks with the Tunisian side" },
    { type: "COERCE", source: ["DE_AUTHORITIES", "GERMANY"], target: ["SUSPECT"], anchor: "إلقاء القبض", optional: true },
    { type: "COERCE", source: ["TN_INVESTIGATORS", "TUNISIA"], target: ["SUSPECT"], anchor: "أمرا بالقبض", date: "2016-06", optional: true,
      note: "Tunisian arrest warrant" },
    { type: "ASSAULT", source: [], target: [], anchor: "الهجوم الارهابي الذي طال>>الهجوم الارهابي", location: "BARDO", date: "2015-03-18", optional: true },
  ],
  quantities: [],
  times: [
    { span: "اليوم الأحد", kind: "date", value: "2017-03-12" },
    { span: "شهر مارس 2015", kind: "date", value: "2015-03" },
    { span: "الشهر الماضي", kind: "date", value: "2017-02" },
    { span: "عشر سنوات", kind: "duration", value: "P10Y" },
    { span: "عام 2013", kind: "date", value: "2013" },
    { span: "شهر أوت 2015", kind: "date", value: "2015-08" },
    { span: "خمسة أشهر", kind: "duration", value: "P5M" },
    { span: "18 مارس 2015", kind: "date", value: "2015-03-18" },
    { span: "شهر جوان 2016", kind: "date", value: "2016-06" },
  ],
};
