// UI strings of the report page itself (the report's own headings live in src/domain/report/messages.ts).
import type { Catalogue } from "../../i18n/translate";

const en = {
  "page.title": "Gap report: {country} {year}",
  "download.button": "Download PDF",
  "download.busy": "Preparing the PDF. This can take a few seconds.",
  "download.progress": "Progress of the PDF",
  "download.done": "The PDF has been saved as {file}.",
  "download.failed": "The PDF could not be made.",
  "download.failedHelp": "Try again. If it fails again, use your browser's Print command on this page: it prints the same report, or saves it as a PDF.",
  "download.failedReason": "Technical detail: {reason}",
  "report.notTranslated": "The report itself has not been translated into this language yet, so it is shown in English.",
  "pdf.englishOnly":
    "The PDF will be in English, like the report on this page.",
  "chart.label": "Bar chart of the score of each dimension, 0 to 100. The same figures are in the table above.",
};

export type ReportPageMessages = typeof en;
export const reportPageMessages: Catalogue<ReportPageMessages> = {
  en,
  fr: {
    "page.title": "Rapport sur les lacunes : {country} {year}",
    "download.button": "Télécharger le PDF",
    "download.busy": "Préparation du PDF. Cela peut prendre quelques secondes.",
    "download.progress": "Avancement du PDF",
    "download.done": "Le PDF a été enregistré sous le nom {file}.",
    "download.failed": "Le PDF n'a pas pu être créé.",
    "download.failedHelp": "Réessayez. En cas de nouvel échec, utilisez la commande Imprimer de votre navigateur sur cette page : elle imprime le même rapport, ou l'enregistre en PDF.",
    "download.failedReason": "Détail technique : {reason}",
    "report.notTranslated": "Le rapport lui-même n'est pas encore traduit en français : il est affiché en anglais.",
    "chart.label": "Graphique en barres du score de chaque dimension, de 0 à 100. Les mêmes chiffres figurent dans le tableau ci-dessus.",
  },
  es: {
    "page.title": "Informe de brechas: {country} {year}",
    "download.button": "Descargar el PDF",
    "download.busy": "Preparando el PDF. Puede tardar unos segundos.",
    "download.progress": "Avance del PDF",
    "download.done": "El PDF se ha guardado como {file}.",
    "download.failed": "No se ha podido crear el PDF.",
    "download.failedHelp": "Vuelva a intentarlo. Si vuelve a fallar, use la orden Imprimir de su navegador en esta página: imprime el mismo informe o lo guarda como PDF.",
    "download.failedReason": "Detalle técnico: {reason}",
    "report.notTranslated": "El informe en sí aún no está traducido al español, por lo que se muestra en inglés.",
    "chart.label": "Gráfico de barras de la puntuación de cada dimensión, de 0 a 100. Las mismas cifras están en la tabla de arriba.",
  },
  ar: {
    "page.title": "تقرير الفجوات: {country} {year}",
    "download.button": "تنزيل ملف PDF",
    "download.busy": "جارٍ إعداد ملف PDF. قد يستغرق ذلك بضع ثوانٍ.",
    "download.progress": "تقدّم إعداد ملف PDF",
    "download.done": "حُفظ ملف PDF باسم {file}.",
    "download.failed": "تعذّر إنشاء ملف PDF.",
    "download.failedHelp": "حاول مرة أخرى. إذا فشل مجددًا، فاستخدم أمر الطباعة في المتصفح على هذه الصفحة: فهو يطبع التقرير نفسه أو يحفظه بصيغة PDF.",
    "download.failedReason": "تفاصيل تقنية: {reason}",
    "report.notTranslated": "لم يُترجم التقرير نفسه إلى العربية بعد، لذلك يُعرض باللغة الإنجليزية.",
    "chart.label": "مخطط شريطي لدرجة كل بُعد، من 0 إلى 100. الأرقام نفسها في الجدول أعلاه.",
    "pdf.englishOnly":
      "سيكون ملف PDF باللغة الإنجليزية، مثل التقرير في هذه الصفحة.",
  },
};
