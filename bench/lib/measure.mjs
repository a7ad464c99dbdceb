// Whole-process measurement: wall time and peak resident memory of a command.
//
// Method. Wall time is taken in this process with process.hrtime around a synchronous spawn,
// so it covers exec, module loading, the work, writing the output and exit (stdout goes to a
// file under bench/.work/out, never a pipe this process would have to drain). Peak RSS comes
// from GNU time (`/usr/bin/time -f %M`), which reports ru_maxrss from wait4(): the largest
// resident set of the command and of any descendant it waited for (the max, not the sum), in
// KiB; it also gives the user and system CPU time (%U %S, 10 ms resolution), reported beside the
// wall time because it is less disturbed by other load on the machine. The time wrapper adds about a millisecond to every command alike. Without /usr/bin/time
// the command is spawned directly and /proc/PID/status VmHWM (the kernel's high-water mark of
// the resident set) is polled every 2 ms until it exits; VmHWM only grows, so the last reading
// misses at most the growth of the final 2 ms (CPU time then comes from /proc/PID/stat, the
// process itself only).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OUT } from './paths.mjs';

// BENCH_NO_TIME=1 forces the /proc fallback (to test it).
export const TIME_BIN = !process.env.BENCH_NO_TIME && fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
export const RSS_METHOD = TIME_BIN
  ? 'GNU time -f "%M %U %S" (ru_maxrss of the command and its waited-for descendants; user+system CPU)'
  : '/proc/PID/status VmHWM polled every 2 ms';

let counter = 0;

/** Runs once. Returns { ms, rssKiB, status, signal, stderr }. */
export async function runOnce(cmd, args, { cwd, label = 'run', timeoutMs = 15 * 60_000 } = {}) {
  fs.mkdirSync(OUT, { recursive: true });
  const base = path.join(OUT, `${label.replace(/[^\w.-]+/g, '_')}`);
  const outFile = `${base}.stdout`;
  const errFile = `${base}.stderr`;
  const out = fs.openSync(outFile, 'w');
  const err = fs.openSync(errFile, 'w');
  try {
    if (TIME_BIN) {
      const timeFile = path.join(OUT, `time-${process.pid}-${counter++}.txt`);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(TIME_BIN, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args], { cwd, stdio: ['ignore', out, err], timeout: timeoutMs });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const lines = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8').trim().split('\n') : [];
      fs.rmSync(timeFile, { force: true });
      const [rssKiB, user, sys] = (lines.at(-1) ?? '').split(' ').map(Number);
      const cpuMs = (user + sys) * 1000;
      const killed = /terminated by signal (\d+)/.exec(lines.join('\n'));
      const signal = r.signal ?? (killed ? `signal ${killed[1]}` : null);
      return { ms, cpuMs, rssKiB: Number.isFinite(rssKiB) ? rssKiB : NaN, status: r.status, signal, error: r.error, outFile, errFile };
    }
    return await new Promise((resolve) => {
      const t0 = process.hrtime.bigint();
      const child = spawn(cmd, args, { cwd, stdio: ['ignore', out, err], timeout: timeoutMs });
      let hwm = 0;
      let cpuMs = NaN;
      const tick = 1000 / 100; // USER_HZ
      const poll = () => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
          const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
          cpuMs = (Number(stat[11]) + Number(stat[12])) * tick;
        } catch {}
      };
      const timer = setInterval(poll, 2);
      child.on('exit', (status, signal) => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearInterval(timer);
        resolve({ ms, cpuMs, rssKiB: hwm || NaN, status, signal, outFile, errFile });
      });
      child.on('error', (error) => {
        clearInterval(timer);
        resolve({ ms: NaN, rssKiB: NaN, status: null, signal: null, error, outFile, errFile });
      });
      poll();
    });
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/**
 * Measures several commands interleaved (round-robin: A B C, A B C, ...) so that a change of
 * load on the machine during the run touches all of them alike. One warm-up round (discarded:
 * it fills the page cache), then `runs` rounds. Exit codes in `okStatus` count as success (a
 * linter exits 1 when it finds problems); a command that fails is reported and dropped.
 * entries: [{ key, cmd, args, okStatus? }]. Returns { [key]: { ok, runs, times, min, median, rssMedian, rssMax, status } }.
 */
export async function measureAll(entries, { runs = 5, warmup = 1, cwd, log = console.log } = {}) {
  const state = new Map(entries.map((e) => [e.key, { entry: e, results: [], failed: undefined }]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const s of state.values()) {
      if (s.failed) continue;
      const { key, cmd, args, okStatus = [0, 1] } = s.entry;
      const r = await runOnce(cmd, args, { cwd, label: key });
      if (r.error || r.signal || !okStatus.includes(r.status)) {
        const stderr = fs.existsSync(r.errFile) ? fs.readFileSync(r.errFile, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
        const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
        s.failed = `${why}${stderr ? `: ${stderr.slice(0, 300)}` : ''}`;
        log(`    ${key}: FAILED (${s.failed})`);
        continue;
      }
      if (round >= warmup) s.results.push(r);
    }
  }
  const out = {};
  for (const [key, s] of state) {
    if (s.failed) {
      out[key] = { ok: false, name: key, note: s.failed };
      continue;
    }
    const times = s.results.map((r) => r.ms);
    const rss = s.results.map((r) => r.rssKiB);
    const cpu = s.results.map((r) => r.cpuMs);
    out[key] = {
      ok: true,
      name: key,
      runs: s.results.length,
      times,
      min: Math.min(...times),
      median: median(times),
      rssMedian: median(rss),
      rssMax: Math.max(...rss),
      cpuMedian: median(cpu),
      status: s.results[0].status,
      outFile: s.results[0].outFile,
    };
    log(
      `    ${key}: min ${fmtMs(out[key].min)}, median ${fmtMs(out[key].median)}, cpu ${fmtMs(out[key].cpuMedian)}, peak RSS ${fmtMiB(out[key].rssMedian)} (${runs} runs, exit ${out[key].status})`,
    );
  }
  return out;
}

/** One command: see measureAll. */
export async function measure(key, cmd, args, { okStatus, ...opts } = {}) {
  return (await measureAll([{ key, cmd, args, okStatus }], opts))[key];
}

export const fmtMs = (ms) =>
  !Number.isFinite(ms)
    ? 'n/a'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : ms >= 10
          ? `${ms.toFixed(0)} ms`
          : `${ms.toFixed(1)} ms`;
export const fmtMiB = (kib) => (!Number.isFinite(kib) ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
