/**
 * Whether stylish output is coloured: on a terminal unless NO_COLOR is set (non-empty,
 * as no-color.org says); FORCE_COLOR turns it on anywhere, and FORCE_COLOR=0 or false off.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && !env.NO_COLOR;
}
