/** The national colour levels as screen colours (bright enough on a dark TV). */
export function levelColour(level: 'blue' | 'yellow' | 'orange' | 'red'): string {
  switch (level) {
    case 'red':
      return '#e5484d';
    case 'orange':
      return '#f76b15';
    case 'yellow':
      return '#ffd60a';
    case 'blue':
      return '#3e8ef7';
  }
}
