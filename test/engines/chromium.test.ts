import { defineEngineSuite } from './support/suite';

defineEngineSuite('chromium');
