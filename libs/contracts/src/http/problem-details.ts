/** An RFC 9457 problem details body, with the stable Duban error code and the fields at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { field: string; rule: string }[];
}
