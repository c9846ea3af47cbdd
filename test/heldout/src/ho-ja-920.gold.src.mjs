// Pseudo held-out gold (Jawhara FM, Tunisia, 2017-05-13): US-Saudi arms deals worth
// over $100bn ahead of Trump's visit; an unnamed White House official via Reuters.
// Maghrebi month names (ماي).
export default {
  id: "ho-ja-920",
  corpus: "ant-jawharafm",
  docno: "JA-internationalNews-920-20170513",
  published: "2017-05-13",
  meta: { outlet: "الجوهرة أف أم", source: "Jawhara FM", title: "صفقة أسلحة أمريكية سعودية بقيمة 100 مليار دولار" },
  entities: {
    WH_OFFICIAL: { type: "PER", name: "مسؤول كبير بالبيت الأبيض", name_en: ["senior White House official"], mentions: {
      nominal: ["مسؤول كبير بالبيت الأبيض", "وأضاف المسؤول الذي>>المسؤول", "وقال المسؤول \"إننا>>المسؤول", "وقال المسؤول إن>>المسؤول", "وأضاف المسؤول إن>>المسؤول"] } },
    WHITE_HOUSE: { type: "ORG", name: "البيت الأبيض", name_en: ["White House"], kb: "Q35525", mentions: {
      name: ["بالبيت الأبيض>>البيت الأبيض"] } },
    US: { type: "GPE", name: "الولايات المتحدة", name_en: ["United States", "USA", "US"], kb: "Q30", mentions: {
      name: ["الولايات المتحدة#*"] } },
    SAUDI: { type: "GPE", name: "السعودية", name_en: ["Saudi Arabia"], kb: "Q851", mentions: {
      name: ["السعودية#*", "للسعودية#*>>لسعودية"] } },
    TRUMP: { type: "PER", name: "دونالد ترامب", name_en: ["Donald Trump"], kb: "Q22686", mentions: {
      name: ["دونالد ترامب", "وتعهد ترامب>>ترامب", "زيارة ترامب>>ترامب", "ويتوجه ترامب>>ترامب", "إن ترامب>>ترامب"],
      title: ["الرئيس دونالد>>الرئيس"] } },
    RIYADH: { type: "GPE", name: "الرياض", name_en: ["Riyadh"], kb: "Q3692", mentions: {
      name: ["للرياض>>لرياض", "في الرياض>>الرياض"] } },
    REUTERS: { type: "ORG", name: "رويترز", name_en: ["Reuters"], kb: "Q130879", mentions: {
      name: ["لرويترز>>رويترز"] } },
    ISRAEL: { type: "GPE", name: "إسرائيل", name_en: ["Israel"], kb: "Q801", mentions: {
      name: ["إسرائيل"] } },
    SAUDI_OFFICIALS: { type: "PER", name: "المسؤولون السعوديون", name_en: ["Saudi officials"], mentions: {
      nominal: ["المسؤولين السعوديين"] } },
    GCC: { type: "ORG", name: "مجلس التعاون الخليجي", name_en: ["Gulf Cooperation Council", "GCC"], kb: "Q161137", mentions: {
      name: ["مجلس التعاون الخليجي"] } },
    GCC_LEADERS: { type: "PER", name: "زعماء دول مجلس التعاون الخليجي", name_en: ["GCC leaders"], mentions: {
      nominal: ["زعماء دول مجلس التعاون الخليجي"] } },
    ARAB_LEADERS: { type: "PER", name: "زعماء عرب ومسلمون", name_en: ["Arab and Muslim leaders"], mentions: {
      nominal: ["زعماء عرب ومسلمين"] } },
  },
  statements: [
    { speaker: "WH_OFFICIAL", cue: "قال مسؤول>>قال", kind: "indirect", sources: [],
      content: "إن الولايات المتحدة على وشك استكمال سلسلة من صفقات الأسلحة للسعودية تزيد قيمتها عن 100 مليار دولار" },
    { speaker: "WH_OFFICIAL", cue: "وأضاف المسؤول الذي>>أضاف", kind: "indirect", sources: ["REUTERS"],
      content: "إن هذه الحزمة قد تزيد في نهاية الأمر عن 300 مليار دولار خلال عشر سنوات لمساعدة السعودية على تعزيز قدراتها الدفاعية" },
    { speaker: "TRUMP", cue: "وتعهد>>تعهد", kind: "indirect", sources: [], optional: true,
      content: "بتحفيز الاقتصاد الأمريكي من خلال زيادة الوظائف في مجال التصنيع" },
    { speaker: "WH_OFFICIAL", cue: "وقال المسؤول \"إننا>>قال", kind: "direct", sources: [],
      content: "إننا في المراحل الأخيرة من سلسلة صفقات" },
    { speaker: "WH_OFFICIAL", cue: "وقال المسؤول إن>>قال", kind: "indirect", sources: [],
      content: "إن الحزمة تشمل أسلحة أمريكية وصيانة وسفنا والدفاع الجوي الصاروخي والأمن البحري" },
    { speaker: "WH_OFFICIAL", cue: "وأضاف \"أنه>>أضاف", kind: "direct", sources: [],
      content: "أنه أمر طيب للاقتصاد الأمريكي ولكنه أمر طيب أيضا فيما يتعلق ببناء قدرات تتناسب مع تحديات المنطقة. لكن ستظل إسرائيل تحتفظ بتفوق" },
    { speaker: "WH_OFFICIAL", cue: "وأضاف المسؤول إن>>أضاف", kind: "indirect", sources: [],
      content: "إن ترامب سيحضر خلال وجوده في الرياض ثلاث مناسبات كبيرة وهي سلسلة اجتماعات مع المسؤولين السعوديين وجلسة منفصلة مع زعماء دول مجلس التعاون الخليجي الست وغداء مع زعماء عرب ومسلمين تم توجيه دعوة لستة وخمسين منهم لبحث مكافحة التطرف وشن حملة على التمويل غير القانوني" },
  ],
  events: [
    { type: "AID", source: ["US", "WHITE_HOUSE", "TRUMP"], target: ["SAUDI"], anchor: "صفقات الأسلحة",
      note: "arms deals worth over $100bn" },
    { type: "CONSULT", source: ["TRUMP", "US"], target: ["SAUDI", "RIYADH"], anchor: "زيارة يعتزم>>زيارة", location: "RIYADH", date: "2017-05-19",
      note: "Trump's planned visit to Riyadh" },
    { type: "AID", source: ["US"], target: ["SAUDI"], anchor: "لمساعدة", optional: true },
    { type: "AID", source: ["US"], target: ["SAUDI"], anchor: "المورد الرئيسي", optional: true },
    { type: "CONSULT", source: ["TRUMP", "US"], target: ["SAUDI"], anchor: "ويتوجه>>يتوجه", location: "SAUDI", date: "2017-05-19", optional: true },
    { type: "CONSULT", source: ["TRUMP", "US"], target: ["SAUDI_OFFICIALS", "SAUDI"], anchor: "سلسلة اجتماعات", location: "RIYADH", optional: true },
    { type: "CONSULT", source: ["TRUMP", "US"], target: ["GCC_LEADERS", "GCC"], anchor: "جلسة منفصلة", location: "RIYADH", optional: true },
    { type: "CONSULT", source: ["TRUMP", "US", "SAUDI"], target: ["ARAB_LEADERS"], anchor: "دعوة", location: "RIYADH", optional: true },
  ],
  quantities: [
    { span: "100 مليار دولار#1", value: 100000000000, approx: null, unit_en: "US dollars" },
    { span: "100 مليار دولار#2", value: 100000000000, approx: "more_than", unit_en: "US dollars" },
    { span: "300 مليار دولار", value: 300000000000, approx: "more_than", unit_en: "US dollars" },
    { span: "ثلاث مناسبات", value: 3, approx: null, unit_en: "events" },
    { span: "لستة وخمسين>>ستة وخمسين", value: 56, approx: null, unit_en: "leaders" },
  ],
  times: [
    { span: "أمس الجمعة 12 ماي 2017", kind: "date", value: "2017-05-12" },
    { span: "قبل أسبوع>>أسبوع", kind: "duration", value: "P1W" },
    { span: "عشر سنوات", kind: "duration", value: "P10Y" },
    { span: "19 ماي الحالي", kind: "date", value: "2017-05-19" },
  ],
};
