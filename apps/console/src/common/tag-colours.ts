/**
 * Tag backgrounds dark enough for white text at WCAG AA (≥ 4.5:1): antd's light presets (gold text
 * on cream, blue on pale blue) fail axe's contrast rule. Ours: the hue still says the level, and the
 * text says it too (colour is never the only signal).
 */
export const TAG = {
  blue: '#0958d9',
  gold: '#874d00',
  red: '#a8071a',
  purple: '#531dab',
  green: '#237804',
  cyan: '#006d75',
  geekblue: '#1d39c4',
  orange: '#ad4e00',
  grey: '#595959',
} as const;
