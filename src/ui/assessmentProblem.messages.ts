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
