import { defineEngineSuite } from './support/suite';

defineEngineSuite('firefox');
