import type { Messages } from './messages';
import type { WidgetError } from './source';

/** What the reader is told about a failed load, in their language; a refused preset keeps the API's own message. */
export function errorMessage(t: Messages, error: WidgetError): string {
  switch (error.kind) {
    case 'query':
      return error.detail;
    case 'missing':
      return t.fileMissing(error.detail);
    case 'invalid':
      return t.fileInvalid(error.detail);
    case 'code':
      return t.filteringUnavailable;
    default:
      return t.failed;
  }
}
