// svg-to-pdfkit ships without types; this is the part of it we call.
declare module 'svg-to-pdfkit' {
  export default function SVGtoPDF(
    document: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: { width?: number; height?: number; fontCallback?: (family: string, bold: boolean, italic: boolean) => string },
  ): void;
}
