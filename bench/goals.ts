/** One goal from the issues, checked against a measured figure. */
export interface Goal {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
  note?: string;
}

/** A goal of the form "ratio ≥ minimum". */
export function atLeast(name: string, ratio: number, minimum: number, unit = '×'): Goal {
  return {
    name,
    target: `≥ ${minimum}${unit}`,
    measured: Number.isFinite(ratio) ? `${ratio.toFixed(2)}${unit}` : 'n/a',
    pass: Number.isFinite(ratio) && ratio >= minimum,
  };
}

/** A goal of the form "value ≤ maximum". */
export function atMost(name: string, value: number, maximum: number, format: (value: number) => string): Goal {
  return {
    name,
    target: `≤ ${format(maximum)}`,
    measured: Number.isFinite(value) ? format(value) : 'n/a',
    pass: Number.isFinite(value) && value <= maximum,
  };
}

/** A goal that could not be measured: it fails, with the reason. */
export function notMeasured(name: string, target: string, reason: string): Goal {
  return { name, target, measured: 'not measured', pass: false, note: reason };
}
