/** Content-Type of every JSON body of the API. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Content-Type of CSV downloads (RFC 4180; `header=present` says the first line names the fields). */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
