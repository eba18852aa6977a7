import { defineEngineSuite } from './support/suite';

defineEngineSuite('webkit');
