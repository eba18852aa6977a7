/**
 * Entry point of `cluster-list.standalone.js`: the widget, plus {@link embedUrls} and the province
 * names for the embed builder, which needs the widget's own URLs but is no reason for every embed
 * to download them.
 */
export * from './register';
export { embedUrls, type EmbedUrls } from './embed-urls';
export { PROVINCES, type Province } from '../core/provinces';
