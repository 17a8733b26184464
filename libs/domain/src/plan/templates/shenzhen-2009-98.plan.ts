import type { PlanDefinitionInput } from '../plan-definition';

/**
 * 深府办〔2009〕98号: 深圳市促进产业有序转移行动方案（试行）（2009-2012年）, issued 2009-08-26.
 * Units and tasks follow section 六(一) of the plan and DESIGN.md's tables; unit codes are ours.
 */
export const SHENZHEN_2009_98: PlanDefinitionInput = {
  planId: 'shenzhen-2009-98',
  title: '深圳市促进产业有序转移行动方案（试行）（2009-2012年）',
  titleEn: "Shenzhen action plan for the orderly transfer of industry (trial), 2009–2012",
  issuedOn: '2009-08-26',
  timeZone: 'Asia/Shanghai',
  units: [
    { code: 'STIIC', name: '市科技工贸和信息化委员会', nameEn: 'Science, Technology, Industry, Trade and IT Commission' },
    { code: 'STATS', name: '市统计局', nameEn: 'Statistics Bureau' },
    { code: 'PLAN', name: '市规划和国土资源委员会', nameEn: 'Urban Planning, Land and Resources Commission' },
    { code: 'HABITAT', name: '市人居环境委员会', nameEn: 'Human Settlements and Environment Commission' },
    { code: 'HRSS', name: '市人力资源和社会保障局', nameEn: 'Human Resources and Social Security Bureau' },
    { code: 'FUTIAN', name: '福田区人民政府', nameEn: 'Futian District Government' },
    { code: 'LUOHU', name: '罗湖区人民政府', nameEn: 'Luohu District Government' },
    { code: 'NANSHAN', name: '南山区人民政府', nameEn: 'Nanshan District Government' },
    { code: 'YANTIAN', name: '盐田区人民政府', nameEn: 'Yantian District Government' },
    { code: 'BAOAN', name: '宝安区人民政府', nameEn: "Bao'an District Government" },
    { code: 'LONGGANG', name: '龙岗区人民政府', nameEn: 'Longgang District Government' },
    { code: 'GUANGMING', name: '光明新区管委会', nameEn: 'Guangming New District' },
    { code: 'PINGSHAN', name: '坪山新区管委会', nameEn: 'Pingshan New District' },
    { code: 'DUCHA', name: '市政府督查室', nameEn: 'Supervision Office' },
    { code: 'LGO', name: '市"双转移"领导小组办公室', nameEn: 'Leading Group Office' },
    { code: 'PERF', name: '市绩效办', nameEn: 'Performance Office' },
  ],
  groups: [
    {
      code: 'DISTRICTS',
      name: '各区政府（新区管委会）',
      units: ['FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG', 'GUANGMING', 'PINGSHAN'],
    },
  ],
  tasks: [
    {
      code: 'T1',
      title: '建立工业企业综合评价指标体系',
      titleEn: 'Build the industrial-enterprise comprehensive evaluation index system',
      lead: 'STIIC',
      coUnits: ['STATS'],
      deliverable: '工业企业综合评价指标体系（企业分类的"衡量尺度"）',
      due: '2009-08-31',
    },
    {
      code: 'T2',
      title: '编制产业转移工业园规划',
      titleEn: 'Industrial transfer park plan',
      lead: 'PLAN',
      coUnits: ['STIIC', 'HABITAT'],
      deliverable: '产业转移工业园规划（园区布局与产业准入标准）',
      due: '2010-12-31',
    },
    {
      code: 'T3',
      title: '跟踪协调产业转移工业园建设',
      titleEn: 'Tracking and coordination of park construction',
      lead: 'STIIC',
      coUnits: [],
      deliverable: '产业转移工业园建设跟踪协调报告',
      due: '2011-12-31',
    },
    {
      code: 'T4',
      title: '汕尾、潮州产业转移工业园招商引资；制定本区产业转移方案',
      titleEn: 'Investment promotion for the Shanwei and Chaozhou parks; the district transfer plan',
      lead: 'DISTRICTS',
      coUnits: [],
      deliverable: '本区产业转移方案及招商引资情况报告',
      due: '2011-12-31',
    },
  ],
};

export const PLAN_TEMPLATES: Readonly<Record<string, PlanDefinitionInput>> = {
  'shenzhen-2009-98': SHENZHEN_2009_98,
};
