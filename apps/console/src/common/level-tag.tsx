import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG } from './tag-colours';

export type Level = 'none' | 'reminder' | 'yellow' | 'red' | 'leading-group';

const COLOUR: Record<Level, string> = { none: TAG.grey, reminder: TAG.blue, yellow: TAG.gold, red: TAG.red, 'leading-group': TAG.purple };

/** The ladder's state as a coloured tag: 提醒 / 黄牌 / 红牌 / 领导小组 (seed 六(三): 督查督办). */
export function LevelTag({ level }: { level: Level }) {
  const { t } = useTranslation();
  if (level === 'none') return null;
  return (
    <Tag variant="solid" color={COLOUR[level]} data-testid="level-tag" data-level={level}>
      {t(`level.${level}`)}
    </Tag>
  );
}

/** The highest card a task row carries. */
export function levelOf(row: { leadingGroup?: boolean; redCard?: boolean; yellowCard?: boolean }): Level {
  if (row.leadingGroup) return 'leading-group';
  if (row.redCard) return 'red';
  if (row.yellowCard) return 'yellow';
  return 'none';
}
