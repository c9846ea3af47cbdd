// Pseudo held-out gold (BBC Arabic, 2018-09-25): Trump at the UN General Assembly
// attacks Iran, defends leaving the nuclear deal, praises the Kim meeting.
// The headline quote is an optional statement (dev golds leave headlines out).
export default {
  id: "ho-bb-1125",
  corpus: "ant-multisource",
  docno: "BB-internationalNews-1125-20180925",
  published: "2018-09-25",
  meta: { outlet: "بي بي سي عربي", source: "BBC", title: "ترامب: إيران تنشر الفوضى والموت والدمار" },
  entities: {
    TRUMP: { type: "PER", name: "دونالد ترامب", name_en: ["Donald Trump"], kb: "Q22686", mentions: {
      name: ["ترامب:>>ترامب", "دونالد ترامب", "ودافع ترامب>>ترامب", "وقال ترامب>>ترامب", "كلمات ترامب>>ترامب", "وأضاف ترامب>>ترامب", "دافع ترامب عن سياسته>>ترامب"],
      title: ["الرئيس الأمريكي#*"] } },
    IRAN: { type: "GPE", name: "إيران", name_en: ["Iran"], kb: "Q794", mentions: {
      name: ["إيران#*"],
      metonym: ["طهران#*"],
      pronoun: ["ثروات بلدهم>>بلدهم"] } },
    IRAN_LEADERS: { type: "PER", name: "قادة إيران", name_en: ["Iran's leaders", "Iranian officials"], mentions: {
      nominal: ["مسؤوليها", "قادة إيران"] } },
    MIDDLE_EAST: { type: "LOC", name: "الشرق الأوسط", name_en: ["Middle East"], kb: "Q7204", mentions: {
      name: ["الشرق الأوسط#*"] } },
    UNGA: { type: "ORG", name: "الجمعية العامة للأمم المتحدة", name_en: ["United Nations General Assembly", "UN General Assembly"], kb: "Q47423", mentions: {
      name: ["الجمعية العامة للأمم المتحدة"] } },
    US: { type: "GPE", name: "الولايات المتحدة", name_en: ["United States", "USA", "US"], kb: "Q30", mentions: {
      name: ["الولايات المتحدة#*", "\"الولايات لن>>الولايات"] } },
    US_ADMIN: { type: "ORG", name: "إدارة ترامب", name_en: ["Trump administration"], mentions: {
      nominal: ["إن إدارته>>إدارته"] } },
    KIM: { type: "PER", name: "كيم جونغ أون", name_en: ["Kim Jong Un", "Kim Jong-un"], kb: "Q56226", mentions: {
      name: ["كيم جونغ أون"],
      title: ["زعيم كوريا الشمالية"] } },
    NK: { type: "GPE", name: "كوريا الشمالية", name_en: ["North Korea", "DPRK"], kb: "Q423", mentions: {
      name: ["كوريا الشمالية#*"] } },
    CHINA: { type: "GPE", name: "الصين", name_en: ["China"], kb: "Q148", mentions: {
      name: ["الصين"] } },
  },
  statements: [
    { speaker: "TRUMP", cue: "ترامب:>>:", kind: "direct", sources: [], optional: true,
      content: "إيران تنشر الفوضى والموت والدمار", note: "headline" },
    { speaker: "TRUMP", cue: "واتهم>>اتهم", kind: "mixed", sources: [],
      content: "مسؤوليها بنشر \"الفوضى والموت والدمار\"، في أنحاء الشرق الأوسط" },
    { speaker: "TRUMP", cue: "ودافع>>دافع", kind: "indirect", sources: [], optional: true,
      content: "عن قراره بالانسحاب من الاتفاق النووي مع طهران" },
    { speaker: "TRUMP", cue: "وقال ترامب>>قال", kind: "mixed", sources: [],
      content: "إن إدارته أنجزت \"أكثر من أي إدارة أخرى\"، في تاريخ الولايات المتحدة" },
    { speaker: "TRUMP", cue: "قائلا", kind: "direct", sources: [],
      content: "لم أتوقع رد الفعل هذا" },
    { speaker: "TRUMP", cue: "وتابع>>تابع", kind: "mixed", sources: [],
      content: "أن الولايات المتحدة \"باتت أقوى وأغنى وأكثر أمانا\"" },
    { speaker: "TRUMP", cue: "وقال الرئيس>>قال", kind: "indirect", sources: [],
      content: "إن قادة إيران ينهبون ثروات بلدهم" },
    { speaker: "TRUMP", cue: "ووصف>>وصف", kind: "indirect", sources: [],
      content: "طهران بأنها راعي الإرهاب في الخارج" },
    { speaker: "TRUMP", cue: "وأضاف ترامب>>أضاف", kind: "indirect", sources: [],
      content: "أن قراره بالانسحاب من الاتفاق النوي مع إيران قوبل بترحاب واسع، من دول الشرق الأوسط" },
    { speaker: "TRUMP", cue: "وقال إن لقاءه>>قال", kind: "indirect", sources: [],
      content: "إن لقاءه مع زعيم كوريا الشمالية كيم جونغ أون أدى إلى تطورات، لم يكن من الممكن تخيلها قبل شهور قليلة" },
    { speaker: "TRUMP", cue: "وأضاف أن صواريخ>>أضاف", kind: "indirect", sources: [],
      content: "أن صواريخ وقذائف كوريا الشمالية توقفت، عن التحليق في كل الاتجاهات، كما أن تجاربها النووية قد توقفت" },
    { speaker: "TRUMP", cue: "كما دافع>>دافع", kind: "indirect", sources: [], optional: true,
      content: "عن سياسته التجارية المتشددة إزاء الصين" },
    { speaker: "TRUMP", cue: "وأكد>>أكد", kind: "indirect", sources: [],
      content: "على حق الولايات المتحدة في أن تتبع مسارها الخاص في العالم" },
    { speaker: "TRUMP", cue: "وقال: \"أنا>>قال", kind: "direct", sources: [],
      content: "أنا أثمن حق كل دولة في هذه القاعة، في أن تتبع عاداتها ومعتقداتها وتقاليدها الخاصة" },
    { speaker: "TRUMP", cue: "وأضاف: \"الولايات>>أضاف", kind: "direct", sources: [],
      content: "الولايات لن تحدد لكم كيف تعيشون، أو تعملون أو تتعبدون. نحن نطلب فقط منكم أن تحترموا سادتنا في المقابل" },
  ],
  events: [
    { type: "ACCUSE", source: ["TRUMP", "US"], target: ["IRAN", "IRAN_LEADERS"], anchor: "انتقد",
      note: "Trump criticises Iran and accuses its officials of spreading chaos" },
    { type: "ACCUSE", source: ["TRUMP", "US"], target: ["IRAN", "IRAN_LEADERS"], anchor: "واتهم>>اتهم", optional: true },
    { type: "REJECT|RETREAT", source: ["TRUMP", "US", "US_ADMIN"], target: ["IRAN"], anchor: "بالانسحاب#1>>الانسحاب",
      note: "US withdrawal from the Iran nuclear deal" },
    { type: "ACCUSE", source: ["TRUMP", "US"], target: ["IRAN", "IRAN_LEADERS"], anchor: "ينهبون", optional: true },
    { type: "ACCUSE", source: ["TRUMP", "US"], target: ["IRAN"], anchor: "راعي الإرهاب", optional: true },
    { type: "SUPPORT", source: [], target: ["TRUMP", "US"], anchor: "بترحاب", optional: true,
      note: "Middle East countries welcomed the withdrawal" },
    { type: "CONSULT", source: ["TRUMP", "US"], target: ["KIM", "NK"], anchor: "لقاءه",
      note: "the Trump-Kim meeting" },
    { type: "RETREAT", source: ["NK", "KIM"], target: [], anchor: "توقفت#1", optional: true,
      note: "North Korean missile launches and nuclear tests stopped" },
    { type: "SANCTION|COERCE", source: ["TRUMP", "US"], target: ["CHINA"], anchor: "سياسته التجارية المتشددة", optional: true,
      note: "hard-line trade policy towards China" },
    { type: "REQUEST", source: ["TRUMP", "US"], target: [], anchor: "نطلب", optional: true },
  ],
  quantities: [],
  times: [],
};
