// Describing an answer in the "keep mine / take theirs" choice (AnswerConflicts.tsx); apart from ./messages so the first page does not carry it.
export const answerConflictMessages = {
  en: {
    dontKnow: "Don't know",
    notApplicable: "Not applicable: {reason}",
    evidence: "Evidence",
    comment: "Comment",
    by: "Answered by",
    noAnswer: "No answer",
  },
  fr: {
    dontKnow: "Je ne sais pas",
    notApplicable: "Sans objet : {reason}",
    evidence: "Justificatifs",
    comment: "Commentaire",
    by: "Réponse de",
    noAnswer: "Pas de réponse",
  },
  es: {
    dontKnow: "No lo sé",
    notApplicable: "No aplicable: {reason}",
    evidence: "Pruebas",
    comment: "Comentario",
    by: "Respondida por",
    noAnswer: "Sin respuesta",
  },
  ar: {
    dontKnow: "لا أعرف",
    notApplicable: "لا ينطبق: {reason}",
    evidence: "الأدلة",
    comment: "تعليق",
    by: "أجاب",
    noAnswer: "لا توجد إجابة",
  },
};
