/** One MIIT notice that published a year's list. */
export interface Notice {
  year: number;
  /** Batch number of the notice: 2022 = 1, 2023 = 2, 2024 = 3. */
  batch: number;
  title: string;
  /** The notice page on miit.gov.cn. */
  url: string;
  /** The attached list as PDF, when the notice has one. */
  pdfUrl: string | null;
}
