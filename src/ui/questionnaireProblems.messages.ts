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
