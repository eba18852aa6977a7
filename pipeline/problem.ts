/** Something wrong with an input list, located by file and 1-based line when it has one. */
export interface Problem {
  file: string;
  line: number | null;
  message: string;
}

/** Renders a problem as `file:line: message`, the form editors and terminals link to. */
export function formatProblem(problem: Problem): string {
  return problem.line === null ? `${problem.file}: ${problem.message}` : `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown by the pipeline when the inputs cannot produce a dataset; carries every problem found. */
export class PipelineError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`${problems.length} problem(s) in the data:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'PipelineError';
    this.problems = problems;
  }
}
