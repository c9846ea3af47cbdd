// Pseudo held-out gold (CNN Arabic, 2018-02-27): Turkey calls the Czech release of
// PYD leader Salih Muslim "support for terrorism" (via Anadolu).
// Lines 5 and 8 are embedded links to other articles; their entities are
// annotated, their headline statements and events are optional.
export default {
  id: "ho-cn-121",
  corpus: "ant-multisource",
  docno: "CN-middleEast-121-20180227",
  published: "2018-02-27",
  meta: { outlet: "سي إن إن بالعربية", source: "CNN", title: "تركيا: قرار التشيك بإطلاق سراح صالح مسلم \"دعم للإرهاب\"" },
  entities: {
    TURKEY: { type: "GPE", name: "تركيا", name_en: ["Turkey"], kb: "Q43", mentions: {
      name: ["تركيا#*"],
      metonym: ["أنقرة"],
      nominal: ["الحكومة التركية"] } },
    CZECH: { type: "GPE", name: "التشيك", name_en: ["Czech Republic", "Czechia"], kb: "Q213", mentions: {
      name: ["التشيك"] } },
    CZECH_COURT: { type: "ORG", name: "محكمة تشيكية", name_en: ["Czech court"], mentions: {
      nominal: ["محكمة تشيكية"] } },
    MUSLIM: { type: "PER", name: "صالح مسلم", name_en: ["Salih Muslim", "Saleh Muslim"], mentions: {
      name: ["صالح مسلم#*", "سراح مسلم>>مسلم", "واعتقل مسلم>>مسلم", "ويعتبر مسلم>>مسلم", "على مسلم>>مسلم"],
      title: ["القيادي الكردي\u00a0السوري"] } },
    BOZDAG: { type: "PER", name: "بكير بوزداغ", name_en: ["Bekir Bozdağ", "Bekir Bozdag"], mentions: {
      name: ["بكير بوزداغ"],
      title: ["نائب رئيس الوزراء التركي"] } },
    ANADOLU: { type: "ORG", name: "الأناضول", name_en: ["Anadolu Agency", "Anadolu"], mentions: {
      name: ["الاناضول", "الأناضول#*"] } },
    CNN: { type: "ORG", name: "CNN", name_en: ["CNN"], kb: "Q48340", mentions: {
      name: ["CNN#*"] } },
    ATLANTA: { type: "GPE", name: "أتلانتا", name_en: ["Atlanta"], kb: "Q23556", mentions: {
      name: ["أتلانتا"] } },
    US: { type: "GPE", name: "الولايات المتحدة", name_en: ["United States", "USA", "US", "America"], kb: "Q30", mentions: {
      name: ["الولايات المتحدة الأمريكية", "والولايات المتحدة>>الولايات المتحدة", "وأمريكا>>أمريكا"] } },
    KROUTINA: { type: "PER", name: "ميسولاف كروتينا", name_en: ["Miroslav Krutina"], mentions: {
      name: ["ميسولاف كروتينا"],
      title: ["المحامي المسؤول عن قضيته"] } },
    SYRIA: { type: "GPE", name: "سوريا", name_en: ["Syria"], kb: "Q858", mentions: {
      name: ["سوريا#*"] } },
    PRAGUE: { type: "GPE", name: "براغ", name_en: ["Prague"], kb: "Q1085", mentions: {
      name: ["براغ"],
      nominal: ["العاصم التشيكية"] } },
    PYD: { type: "ORG", name: "حزب الاتحاد الديمقراطي", name_en: ["Democratic Union Party", "PYD"], mentions: {
      name: ["حزب الاتحاد الديمقراطي", "PYD#*"],
      nominal: ["الحزب الكردي السياسي"] } },
    YPG: { type: "ORG", name: "وحدات حماية الشعب", name_en: ["People's Protection Units", "YPG"], mentions: {
      nominal: ["الذراع المسلّحة"] } },
    PKK: { type: "ORG", name: "حزب العمال الكردستاني", name_en: ["Kurdistan Workers' Party", "PKK"], mentions: {
      name: ["حزب العمال الكردستاني", "PKK"] } },
    EU: { type: "ORG", name: "الاتحاد الأوروبي", name_en: ["European Union", "EU"], kb: "Q458", mentions: {
      name: ["الاتحاد الأوروبي"] } },
    ISIS: { type: "ORG", name: "داعش", name_en: ["ISIS", "Islamic State", "ISIL"], kb: "Q2429253", mentions: {
      name: ["داعش"] } },
    AFRIN: { type: "GPE", name: "عفرين", name_en: ["Afrin"], mentions: {
      name: ["عفرين"] } },
    UNSC: { type: "ORG", name: "مجلس الأمن", name_en: ["UN Security Council", "Security Council"], kb: "Q37470", mentions: {
      name: ["مجلس الأمن"] } },
    ERDOGAN: { type: "PER", name: "رجب طيب أردوغان", name_en: ["Recep Tayyip Erdoğan", "Erdogan"], kb: "Q39723", mentions: {
      name: ["أردوغان"] } },
    ASSAD: { type: "PER", name: "بشار الأسد", name_en: ["Bashar al-Assad", "Assad"], kb: "Q44329", mentions: {
      name: ["الأسد"] } },
    TUR_INTERIOR: { type: "ORG", name: "وزارة الداخلية التركية", name_en: ["Turkish Interior Ministry"], mentions: {
      name: ["وزارة الداخلية التركية"] } },
  },
  statements: [
    { speaker: "TURKEY", cue: "تركيا:>>:", kind: "mixed", sources: [], optional: true,
      content: "قرار التشيك بإطلاق سراح صالح مسلم \"دعم للإرهاب\"", note: "headline" },
    { speaker: "BOZDAG", cue: "قال نائب>>قال", kind: "mixed", sources: ["ANADOLU"],
      content: "إن الحكم الذي أصدرته محكمة تشيكية لإطلاق سراح القيادي الكردي\u00a0السوري، صالح مسلم، هو \"قرار لدعم الإرهاب،\"" },
    { speaker: "KROUTINA", cue: "وفقاً لما ذكره>>ذكره", kind: "indirect", sources: ["CNN"], sources_scored: false,
      content: "أطلق سراح مسلم، الثلاثاء", note: "content precedes the cue" },
    { speaker: "ANADOLU", cue: "ذكرته وكالة \"الأناضول\">>ذكرته", kind: "indirect", sources: [],
      content: "اعتقل مسلم في العاصم التشيكية، براغ، بطلب من الحكومة التركية، الأحد", note: "content precedes the cue" },
    { speaker: "TURKEY", cue: "تراه", kind: "indirect", sources: [],
      content: "جزءاً من حزب العمال الكردستاني" },
    { speaker: "TURKEY", cue: "وصفتها", kind: "mixed", sources: [], optional: true,
      content: "بـ \"الإرهابية\"", note: "Turkey, the US and the EU together" },
    { speaker: "TURKEY", cue: "تؤكد", kind: "indirect", sources: [], optional: true,
      content: "استمرار عملية عفرين رغم هدنة مجلس الأمن", note: "link headline" },
    { speaker: "ERDOGAN", cue: "وأردوغان:>>:", kind: "mixed", sources: [], optional: true,
      content: "الأسد \"قاتل\"", note: "link headline" },
    { speaker: "ANADOLU", cue: "وذكرت وكالة>>ذكرت", kind: "indirect", sources: [],
      content: "إن وزارة الداخلية التركية عرضت ما يقارب مليون دولار للقبض على مسلم، الذي يرد أيضاً ضمن قائمة أبرز الإرهابيين المطلوبين في الدولة" },
  ],
  events: [
    { type: "ACCUSE", source: ["BOZDAG", "TURKEY"], target: ["CZECH_COURT", "CZECH"], anchor: "لدعم الإرهاب",
      note: "the release called a decision to support terrorism" },
    { type: "CONCEDE|RETREAT", source: ["CZECH_COURT", "CZECH"], target: ["MUSLIM"], anchor: "وقد أطلق>>أطلق", date: "2018-02-27",
      note: "Muslim released on Tuesday" },
    { type: "CONCEDE|RETREAT", source: ["CZECH_COURT", "CZECH"], target: ["MUSLIM"], anchor: "لإطلاق سراح", optional: true },
    { type: "COERCE", source: ["CZECH"], target: ["MUSLIM", "PYD"], anchor: "واعتقل>>اعتقل", location: "PRAGUE", date: "2018-02-25",
      note: "arrest in Prague on Sunday" },
    { type: "REQUEST", source: ["TURKEY"], target: ["CZECH"], anchor: "بطلب",
      note: "arrest at Turkey's request" },
    { type: "ACCUSE", source: ["TURKEY"], target: ["PYD"], anchor: "تراه", optional: true,
      note: "Ankara sees the PYD as part of the PKK" },
    { type: "ACCUSE", source: ["TURKEY", "US", "EU"], target: ["PKK"], anchor: "\"الإرهابية\">>الإرهابية", optional: true },
    { type: "ASSAULT", source: ["YPG", "PYD"], target: ["ISIS"], anchor: "القتال ضد", location: "SYRIA", optional: true },
    { type: "COERCE|THREATEN", source: ["TUR_INTERIOR", "TURKEY"], target: ["MUSLIM"], anchor: "للقبض", optional: true,
      note: "bounty of about one million dollars" },
    { type: "ASSAULT", source: ["TURKEY"], target: ["AFRIN"], anchor: "عملية عفرين", location: "AFRIN", optional: true },
    { type: "ACCUSE", source: ["ERDOGAN", "TURKEY"], target: ["ASSAD"], anchor: "\"قاتل\">>قاتل", optional: true },
  ],
  quantities: [
    { span: "ما يقارب مليون دولار", value: 1000000, approx: "about", unit_en: "US dollars" },
  ],
  times: [
    { span: "الثلاثاء#1", kind: "date", value: "2018-02-27" },
    { span: "الثلاثاء#2", kind: "date", value: "2018-02-27" },
    { span: "الأحد", kind: "date", value: "2018-02-25" },
  ],
};
