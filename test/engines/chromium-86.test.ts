import { defineEngineSuite } from './support/suite';

defineEngineSuite('chromium-86');
