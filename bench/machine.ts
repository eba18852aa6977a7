import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { round } from './stats';

/** The machine the figures were taken on. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: number[];
}

/** Cores, CPU model, memory, OS, Node version and the current 1/5/15-minute load average. */
export function machineInfo(): MachineInfo {
  const cpuList = cpus();
  return {
    cores: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((value) => round(value)),
  };
}
