/** ANSI styles for stylish output; identity functions when colour is off. */
export interface Paint {
  red: (text: string) => string;
  yellow: (text: string) => string;
  blue: (text: string) => string;
  gray: (text: string) => string;
  bold: (text: string) => string;
  underline: (text: string) => string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Paint = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  gray: style(90, 39),
  bold: style(1, 22),
  underline: style(4, 24),
};

const same = (text: string) => text;
const PLAIN: Paint = { red: same, yellow: same, blue: same, gray: same, bold: same, underline: same };

export function paint(enabled: boolean): Paint {
  return enabled ? COLOURS : PLAIN;
}
