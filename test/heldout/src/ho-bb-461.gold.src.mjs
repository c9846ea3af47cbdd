// Pseudo held-out gold (BBC Arabic, 2018-05-07): Ennahda claims victory in Tunisia's
// first municipal elections; reactions relayed by Reuters.
export default {
  id: "ho-bb-461",
  corpus: "ant-multisource",
  docno: "BB-middleEast-461-20180507",
  published: "2018-05-07",
  meta: { outlet: "بي بي سي عربي", source: "BBC", title: "حزب النهضة يعلن فوزه في الانتخابات البلدية في تونس" },
  entities: {
    ENNAHDA: { type: "ORG", name: "حزب النهضة", name_en: ["Ennahda", "Ennahda Movement", "Ennahda Party"], mentions: {
      name: ["حزب النهضة#*", "إن النهضة>>النهضة", "عن النهضة>>النهضة"],
      nominal: ["المتحدث باسم الحزب>>الحزب", "بمقر الحزب>>الحزب"] } },
    TUNISIA: { type: "GPE", name: "تونس", name_en: ["Tunisia"], kb: "Q948", mentions: {
      name: ["في تونس>>تونس", "تجرى في تونس>>تونس", "للانتخابات في تونس>>تونس", "تعاني تونس>>تونس"],
      nominal: ["في البلاد>>البلاد"] } },
    NIDAA: { type: "ORG", name: "نداء تونس", name_en: ["Nidaa Tounes", "Nidaa Tounes party"], mentions: {
      name: ["حزب نداء تونس#*"],
      nominal: ["بأن حزبه>>حزبه"] } },
    ZITOUN: { type: "PER", name: "لطفي زيتون", name_en: ["Lotfi Zitoun"], mentions: {
      name: ["لطفي زيتون"],
      title: ["القيادي في حزب النهضة"] } },
    REUTERS: { type: "ORG", name: "رويترز", name_en: ["Reuters"], kb: "Q130879", mentions: {
      name: ["رويترز#*"] } },
    TUNIS: { type: "GPE", name: "تونس العاصمة", name_en: ["Tunis"], kb: "Q3572", mentions: {
      name: ["تونس العاصمة>>تونس"] } },
    KHEMIRI: { type: "PER", name: "عماد الخميري", name_en: ["Imed Khemiri"], mentions: {
      name: ["عماد الخميري"],
      title: ["المتحدث باسم الحزب"] } },
    BSAIES: { type: "PER", name: "برهان بسيس", name_en: ["Borhen Bsaies"], mentions: {
      name: ["برهان بسيس"],
      title: ["القيادي في حزب نداء تونس"] } },
    CHAHED: { type: "PER", name: "يوسف الشاهد", name_en: ["Youssef Chahed"], mentions: {
      name: ["يوسف الشاهد"],
      title: ["رئيس الوزراء"] } },
    BRINSI: { type: "PER", name: "عادل البيرنصي", name_en: ["Adel Brinsi"], mentions: {
      name: ["عادل البيرنصي"],
      title: ["عضو الهيئة المستقلة للانتخابات في تونس"] } },
    ISIE: { type: "ORG", name: "الهيئة المستقلة للانتخابات", name_en: ["Independent High Authority for Elections", "ISIE"], mentions: {
      name: ["الهيئة المستقلة للانتخابات"] } },
    EXIT_POLLS: { type: "ORG", name: "استطلاعات لرأي الناخبين", name_en: ["exit polls"], mentions: {
      nominal: ["استطلاعات لرأي الناخبين"] } },
    SUPPORTERS: { type: "PER", name: "مؤيدو حزب النهضة", name_en: ["Ennahda supporters"], mentions: {
      nominal: ["مؤيدون"] } },
    ANALYSTS: { type: "PER", name: "محللون", name_en: ["analysts"], mentions: {
      nominal: ["محللون"] } },
    TN_GOV: { type: "ORG", name: "الحكومة التونسية", name_en: ["Tunisian government"], mentions: {
      nominal: ["للحكومة>>لحكومة"] } },
  },
  statements: [
    { speaker: "ENNAHDA", cue: "يعلن", kind: "indirect", sources: [], optional: true,
      content: "فوزه في الانتخابات البلدية في تونس", note: "headline" },
    { speaker: "ENNAHDA", cue: "أعلن", kind: "indirect", sources: [],
      content: "فوزه في أول انتخابات بلدية تجرى في تونس منذ انتفاضة عام 2011" },
    { speaker: "EXIT_POLLS", cue: "وأشارت>>أشارت", kind: "indirect", sources: [],
      content: "إلى أن حزب نداء تونس جاء في المركز الثاني بفارق 5 في المئة عن حزب النهضة" },
    { speaker: "ZITOUN", cue: "وقال لطفي>>قال", kind: "direct", sources: ["REUTERS"],
      content: "هذه النتائج مكافأة لحزب النهضة...الذي بحث عن التوافق" },
    { speaker: "KHEMIRI", cue: "وقال عماد>>قال", kind: "mixed", sources: [],
      content: "إن النهضة سوف \"يستمر في الحفاظ على التوافق مع شركائه\"" },
    { speaker: "KHEMIRI", cue: "وأضاف:>>أضاف", kind: "direct", sources: [],
      content: "المهم أن الحزبين الرئيسيين فازا، وذلك مهم للتوازن السياسي في البلاد" },
    { speaker: "BSAIES", cue: "وأقر>>أقر", kind: "indirect", sources: [],
      content: "بأن حزبه ربما تخلف عن النهضة، بنسبة تتراوح بين 3 إلى 5 في المئة من أصوات الناخبين" },
    { speaker: "CHAHED", cue: "ووصف>>وصف", kind: "indirect", sources: [],
      content: "الانتخابات بأنها خطوة مهمة ستكمل الانتقال نحو الديمقراطية" },
    { speaker: "BRINSI", cue: "وقال عادل>>قال", kind: "indirect", sources: ["REUTERS"],
      content: "إن انتهاكات وقعت في بعض مراكز الاقتراع، لكنها لم تكن كبيرة، ولم تؤثر في سير الانتخابات ولا نتائجها" },
    { speaker: "ANALYSTS", cue: "وأرجع>>أرجع", kind: "indirect", sources: [], optional: true,
      content: "ضعف المشاركة إلى خيبة أمل الناخبين، بسبب عدم حدوث أي تقدم اقتصادي" },
  ],
  events: [
    { type: "PROTEST", source: [], target: ["TN_GOV", "TUNISIA"], anchor: "الاحتجاجات", date: "2018-01",
      note: "wave of protests against the austerity budget early in the year" },
    { type: "PROTEST", source: ["SUPPORTERS"], target: [], anchor: "وتجمع>>تجمع", location: "TUNIS", optional: true,
      note: "supporters rally (a celebration, not a protest)" },
    { type: "SUPPORT", source: ["CHAHED"], target: [], anchor: "خطوة مهمة", optional: true,
      note: "the prime minister praises the elections" },
    { type: "CONCEDE", source: ["BSAIES", "NIDAA"], target: ["ENNAHDA"], anchor: "وأقر>>أقر", optional: true,
      note: "Nidaa Tounes concedes it trails Ennahda" },
    { type: "COOPERATE", source: ["ENNAHDA", "KHEMIRI"], target: [], anchor: "التوافق مع شركائه>>التوافق", optional: true,
      note: "Ennahda will keep the consensus with its partners" },
  ],
  quantities: [
    { span: "5 في المئة#1", value: 5, approx: null, unit_en: "percent" },
    { span: "بين 3>>3", value: 3, approx: null, unit_en: "percent" },
    { span: "5 في المئة#2", value: 5, approx: null, unit_en: "percent" },
    { span: "350 مجلسا بلديا", value: 350, approx: null, unit_en: "municipal councils" },
    { span: "أقل من 34 في المئة", value: 34, approx: "less_than", unit_en: "percent" },
    { span: "نحو 8 في المئة", value: 8, approx: "about", unit_en: "percent" },
    { span: "نحو 15 في المئة", value: 15, approx: "about", unit_en: "percent" },
  ],
  times: [
    { span: "عام 2011#1", kind: "date", value: "2011" },
    { span: "عام 2011#2", kind: "date", value: "2011" },
    { span: "مطلع العام الجاري", kind: "date", value: "2018" },
  ],
};
