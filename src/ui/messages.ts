// Strings used by the shared components.
export const uiMessages = {
  en: {
    errorPrefix: "Error:",
    errorSummaryTitle: "There is a problem",
    back: "Back",
    or: "or",
    notYetStarted: "Not yet started",
    inProgress: "In progress",
    completed: "Completed",
    important: "Important",
    success: "Success",
    loading: "Loading…",
    service: "Policy coherence self-assessment",
  },
  fr: {
    errorPrefix: "Erreur :",
    errorSummaryTitle: "Il y a un problème",
    back: "Retour",
    or: "ou",
    notYetStarted: "Pas encore commencé",
    inProgress: "En cours",
    completed: "Terminé",
    important: "Important",
    success: "Terminé avec succès",
    loading: "Chargement…",
    service: "Auto-évaluation de la cohérence des politiques",
  },
  es: {
    errorPrefix: "Error:",
    errorSummaryTitle: "Hay un problema",
    back: "Atrás",
    or: "o",
    notYetStarted: "Sin empezar",
    inProgress: "En curso",
    completed: "Completado",
    important: "Importante",
    success: "Hecho",
    loading: "Cargando…",
    service: "Autoevaluación de la coherencia de políticas",
  },
  ar: {
    errorPrefix: "خطأ:",
    errorSummaryTitle: "هناك مشكلة",
    back: "رجوع",
    or: "أو",
    notYetStarted: "لم يبدأ بعد",
    inProgress: "قيد التنفيذ",
    completed: "مكتمل",
    important: "مهم",
    success: "تم",
    loading: "جارٍ التحميل…",
    service: "التقييم الذاتي لاتساق السياسات",
  },
};

// The page shown instead of an assessment that cannot be opened (AssessmentProblem.tsx).
export const assessmentProblemMessages = {
  en: {
    title: "Assessment not found",
    notFound: "There is no such assessment in this browser. It may have been deleted, or saved in another browser.",
    unreadable: "This saved assessment cannot be read. It is left untouched. The problems found were:",
    startLink: "Go to the start page",
  },
  fr: {
    title: "Évaluation introuvable",
    notFound: "Cette évaluation n'existe pas dans ce navigateur. Elle a peut-être été supprimée, ou enregistrée dans un autre navigateur.",
    unreadable: "Cette évaluation enregistrée ne peut pas être lue. Elle n'a pas été modifiée. Problèmes trouvés :",
    startLink: "Aller à la page d'accueil",
  },
  es: {
    title: "Evaluación no encontrada",
    notFound: "Esta evaluación no existe en este navegador. Puede que se haya borrado o que se guardara en otro navegador.",
    unreadable: "Esta evaluación guardada no se puede leer. No se ha modificado. Problemas encontrados:",
    startLink: "Ir a la página de inicio",
  },
  ar: {
    title: "التقييم غير موجود",
    notFound: "لا يوجد هذا التقييم في هذا المتصفح. ربما حُذف، أو حُفظ في متصفح آخر.",
    unreadable: "لا يمكن قراءة هذا التقييم المحفوظ. لم يُغيَّر شيء فيه. المشكلات التي وُجدت:",
    startLink: "الذهاب إلى صفحة البداية",
  },
};

// The page shown when a questionnaire file fails validation (QuestionnaireProblems.tsx).
export const questionnaireProblemMessages = {
  en: {
    title: "The questionnaire cannot be used",
    intro: "The questionnaire file {file} has problems, so the tool cannot show its questions. Nothing you saved has been changed.",
    fix: "Ask whoever maintains this copy of the tool to correct the file. The problems found were:",
  },
  fr: {
    title: "Le questionnaire ne peut pas être utilisé",
    intro: "Le fichier de questionnaire {file} contient des erreurs : l'outil ne peut pas afficher ses questions. Rien de ce que vous avez enregistré n'a été modifié.",
    fix: "Demandez à la personne qui gère cette copie de l'outil de corriger le fichier. Problèmes trouvés :",
  },
  es: {
    title: "No se puede usar el cuestionario",
    intro: "El archivo de cuestionario {file} tiene problemas, por lo que la herramienta no puede mostrar sus preguntas. No se ha modificado nada de lo que guardó.",
    fix: "Pida a la persona que mantiene esta copia de la herramienta que corrija el archivo. Problemas encontrados:",
  },
  ar: {
    title: "لا يمكن استخدام الاستبيان",
    intro: "في ملف الاستبيان {file} مشكلات، لذلك لا تستطيع الأداة عرض أسئلته. لم يُغيَّر أي شيء حفظته.",
    fix: "اطلب من الجهة التي تتولى صيانة هذه النسخة من الأداة تصحيح الملف. المشكلات التي وُجدت:",
  },
};
