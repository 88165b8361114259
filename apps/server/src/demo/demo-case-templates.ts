/**
 * What the demo's cases are about: common matters of a residential subdistrict, each with the
 * category it is filed under (codes of the taxonomy seed, migration 0003), where it happens, the
 * level that handles it, and the words people use for it. Placeholders: {addr} the address,
 * {f} a floor.
 */
import type { CaseChannel } from '@wangge/domain';

/** The level that finally handles a case of this kind (the whistle to departments is `department`). */
export type Route = 'grid' | 'community' | 'subdistrict' | 'department';
/** Department codes of the demo (packages/db/src/demo/departments.ts) that have handlers. */
export type DeptCode = 'cgzf' | 'scjg' | 'ga' | 'xf' | 'sthj' | 'zj' | 'mz' | 'sw';
export type AppealNature = 'request' | 'complaint' | 'inquiry';

export interface CaseTemplate {
  key: string;
  category: string;
  /** At a building (an address with a stairway unit) or outdoors (beside a building, at a gate). */
  place: 'building' | 'outdoor';
  /** Only in the school's or the market's exclusive grid; otherwise in basic grids. */
  at?: 'school' | 'market';
  route: Route;
  /** Department level (吹哨报到): the lead department and the assistants (departments or the community). */
  lead?: DeptCode;
  assists?: readonly (DeptCode | 'community')[];
  /** The department that reports it through the department channel (default: the lead, else 城管). */
  by?: DeptCode;
  weight: number;
  channels: Partial<Record<CaseChannel, number>>;
  /** Share of grid workers' patrol reports of this kind resolved on the spot. */
  spotShare?: number;
  appeal: AppealNature;
  /** A 12345 inquiry: answered on the call, so not accepted as a case. */
  inquiry?: boolean;
  /** Title, description and the handler's result of each way it comes up. */
  variants: readonly (readonly [title: string, description: string, result: string])[];
  /** Results of a grid worker who resolves it on the spot. */
  spot?: readonly string[];
}

export const CASE_TEMPLATES: readonly CaseTemplate[] = [
  // Small things stay in the grid (小事不出格).
  {
    key: 'clutter',
    category: '06036',
    place: 'building',
    route: 'grid',
    weight: 10,
    channels: { patrol: 8, resident: 4, hotline: 2 },
    spotShare: 0.75,
    appeal: 'complaint',
    variants: [
      [
        '楼道堆放杂物',
        '{addr}楼道内堆放纸箱、旧家具等杂物，占用疏散通道，存在消防隐患',
        '已联系住户将杂物清理，楼道恢复畅通',
      ],
      [
        '楼梯间堆放旧自行车',
        '{addr}一楼楼梯间堆放废旧自行车和杂物，居民进出不便',
        '已联系车主认领，无主车辆由物业统一清运',
      ],
      [
        '单元门口堆放废旧家具',
        '{addr}单元门口堆放拆下的旧橱柜，已有一周无人清理',
        '已协调物业将废旧家具清运，并在单元门张贴温馨提示',
      ],
      [
        '楼道内堆放纸箱杂物',
        '{addr}{f}楼楼道堆满纸箱和泡沫箱，住户进出需侧身通过',
        '已通知户主自行清理，复查楼道已清理干净',
      ],
    ],
    spot: ['现场劝导住户将杂物搬回家中，楼道已清理干净', '现场联系物业保洁清运杂物，通道已畅通'],
  },
  {
    key: 'garbage',
    category: '06010',
    place: 'outdoor',
    route: 'grid',
    weight: 8,
    channels: { patrol: 8, resident: 3, hotline: 2, department: 1 },
    spotShare: 0.8,
    appeal: 'complaint',
    variants: [
      [
        '路边暴露垃圾',
        '{addr}路边有生活垃圾堆积，未及时清运，散发异味',
        '已通知环卫公司清运，现场已清理干净',
      ],
      ['绿化带内有暴露垃圾', '{addr}绿化带内有塑料袋、饭盒等垃圾', '已组织保洁人员清扫，并加强该点位巡查'],
      [
        '墙角堆积生活垃圾',
        '{addr}墙角堆有装修垃圾和生活垃圾，影响环境',
        '已通知环卫公司清运，现场已清理干净',
      ],
    ],
    spot: ['现场联系保洁员清扫，垃圾已清运'],
  },
  {
    key: 'overflow',
    category: '06042',
    place: 'outdoor',
    route: 'grid',
    weight: 6,
    channels: { patrol: 5, resident: 3, hotline: 3 },
    spotShare: 0.6,
    appeal: 'complaint',
    variants: [
      [
        '垃圾桶满溢未及时清运',
        '{addr}垃圾分类投放点垃圾桶已满，垃圾散落地面',
        '已协调环卫公司增加清运频次，现场已清理',
      ],
      ['垃圾分类投放点满溢', '{addr}垃圾桶满溢两天未清运，招引蚊蝇', '已清运满溢垃圾并对投放点进行消杀'],
    ],
    spot: ['现场联系环卫车辆清运，投放点已清理'],
  },
  {
    key: 'ads',
    category: '07001',
    place: 'building',
    route: 'grid',
    weight: 6,
    channels: { patrol: 6, resident: 2 },
    spotShare: 0.85,
    appeal: 'complaint',
    variants: [
      [
        '单元门张贴小广告',
        '{addr}单元门及楼道墙面被张贴开锁、疏通管道等小广告',
        '已组织志愿者清除小广告并粉刷墙面',
      ],
      [
        '楼道墙面喷涂小广告',
        '{addr}楼道墙面被喷涂办证小广告，影响美观',
        '已清除小广告，并对墙面进行了覆盖处理',
      ],
    ],
    spot: ['现场清除小广告，墙面已清理'],
  },
  {
    key: 'bikes',
    category: '09010',
    place: 'outdoor',
    route: 'grid',
    weight: 6,
    channels: { patrol: 6, resident: 1, hotline: 2 },
    spotShare: 0.85,
    appeal: 'complaint',
    variants: [
      [
        '共享单车乱停放',
        '{addr}人行道上共享单车、电动车乱停乱放，影响行人通行',
        '已联系共享单车运维人员调度车辆，现场已摆放整齐',
      ],
      [
        '电动车乱停占用人行道',
        '{addr}盲道被非机动车占用，视障人士无法通行',
        '已将车辆挪至停车区域，并设置了停放提示牌',
      ],
    ],
    spot: ['现场将车辆摆放整齐，盲道已恢复畅通'],
  },
  {
    key: 'greenbelt',
    category: '06017',
    place: 'outdoor',
    route: 'grid',
    weight: 3,
    channels: { patrol: 4, resident: 1 },
    spotShare: 0.75,
    appeal: 'complaint',
    variants: [
      ['绿地内垃圾杂物较多', '{addr}绿地内散落塑料袋、烟头等垃圾，长时间无人清理', '已安排保洁清理绿地垃圾'],
      [
        '公共绿地被私自种菜',
        '{addr}公共绿地被个别居民开垦种菜，并堆放杂物',
        '已劝导居民清除私种蔬菜，绿地已恢复',
      ],
    ],
    spot: ['现场清理绿地内垃圾'],
  },
  {
    key: 'bin',
    category: '03005',
    place: 'outdoor',
    route: 'grid',
    weight: 2,
    channels: { patrol: 3, resident: 1 },
    appeal: 'request',
    variants: [
      ['垃圾桶破损', '{addr}垃圾桶破损漏底，垃圾渗液流到地面', '已更换新的分类垃圾桶'],
      ['分类垃圾桶桶盖缺失', '{addr}分类垃圾桶桶盖缺失，异味较大', '已协调环卫公司补齐桶盖'],
    ],
  },
  {
    key: 'market-garbage',
    category: '06010',
    at: 'market',
    place: 'outdoor',
    route: 'grid',
    weight: 2,
    channels: { patrol: 3, hotline: 1 },
    spotShare: 0.7,
    appeal: 'complaint',
    variants: [
      [
        '市场门口菜叶垃圾未清理',
        '{addr}收市后菜叶、包装袋散落一地，无人清扫',
        '已督促市场管理方落实收市清扫，现场已清理',
      ],
      ['市场周边垃圾堆积', '{addr}周边垃圾堆积，夏季异味明显', '已协调环卫公司在收市后加派清运车辆'],
    ],
    spot: ['现场联系市场保洁清扫，垃圾已清运'],
  },
  // The community office (社区).
  {
    key: 'vendor',
    category: '09006',
    place: 'outdoor',
    route: 'community',
    weight: 5,
    channels: { patrol: 4, hotline: 2, resident: 1, department: 2 },
    spotShare: 0.5,
    appeal: 'complaint',
    variants: [
      [
        '流动摊贩占道经营',
        '{addr}附近有流动摊贩占用人行道摆摊售卖水果蔬菜，影响通行',
        '社区联合城管队员劝离摊贩，现场恢复通行，并加强早晚巡查',
      ],
      [
        '早市摊点占道经营',
        '{addr}早市摊点占用道路，早高峰车辆无法通行',
        '已引导早市摊点退路进厅，划定临时经营时段，早高峰道路恢复通行',
      ],
      [
        '门店出店经营占用人行道',
        '{addr}沿街门店将货架摆到店外人行道上经营',
        '已约谈门店负责人，货架已收回店内，门前秩序恢复',
      ],
    ],
    spot: ['现场劝导摊贩到便民市场经营，摊贩已离开'],
  },
  {
    key: 'school-vendor',
    category: '09006',
    at: 'school',
    place: 'outdoor',
    route: 'community',
    weight: 2,
    channels: { patrol: 3, resident: 1 },
    spotShare: 0.6,
    appeal: 'complaint',
    variants: [
      [
        '校门口流动摊贩售卖零食',
        '{addr}放学时段有流动摊贩售卖“三无”零食',
        '社区联合学校护学岗劝离摊贩，并在放学时段安排志愿者值守',
      ],
      [
        '放学时段校门口摊贩聚集',
        '{addr}放学时段摊贩聚集，学生和家长通行不便',
        '社区联合学校护学岗劝离摊贩，并在放学时段安排志愿者值守',
      ],
    ],
    spot: ['现场劝离摊贩，校门口秩序恢复'],
  },
  {
    key: 'neighbours',
    category: 'JF04',
    place: 'building',
    route: 'community',
    weight: 4,
    channels: { patrol: 3, resident: 2, hotline: 2 },
    spotShare: 0.4,
    appeal: 'request',
    variants: [
      [
        '楼上漏水引发邻里纠纷',
        '{addr}{f}楼住户反映楼上卫生间漏水，多次沟通未果，双方发生争执',
        '社区会同人民调解员上门调解，双方达成一致，漏水已由楼上住户维修',
      ],
      [
        '邻居占用公共空间发生矛盾',
        '{addr}两户居民因楼道公共空间使用问题发生争吵',
        '经网格员和调解员调解，双方签订调解协议，矛盾已化解',
      ],
      [
        '养犬扰民引发邻里矛盾',
        '{addr}住户饲养的犬只夜间吠叫，邻居多次协商未果',
        '已约谈养犬户，养犬户承诺夜间看管好犬只，邻居表示认可',
      ],
    ],
    spot: ['网格员现场调解，双方已和解'],
  },
  {
    key: 'door',
    category: 'WY07',
    place: 'building',
    route: 'community',
    weight: 5,
    channels: { patrol: 3, resident: 2, hotline: 1 },
    appeal: 'request',
    variants: [
      ['单元门禁损坏', '{addr}单元门禁损坏多日，陌生人可随意出入', '已督促物业更换门禁锁具，恢复正常使用'],
      ['楼道声控灯不亮', '{addr}楼道声控灯不亮，老人夜间上下楼不便', '物业已更换楼道声控灯，照明恢复'],
      ['楼道窗户玻璃破损', '{addr}{f}楼楼道窗户玻璃破损，存在坠落隐患', '物业已更换破损玻璃并清理碎片'],
    ],
  },
  {
    key: 'renovation',
    category: 'WY08',
    place: 'building',
    route: 'community',
    weight: 3,
    channels: { resident: 3, hotline: 2, patrol: 1 },
    appeal: 'complaint',
    variants: [
      [
        '装修噪音扰民',
        '{addr}有住户装修，早上七点即开始电钻施工，影响休息',
        '已联系物业及装修住户，约定施工时间为工作日8:00-12:00、14:00-18:00',
      ],
      [
        '周末装修施工扰民',
        '{addr}{f}楼住户周末全天装修敲打，噪音很大',
        '已督促装修住户遵守装修管理规定，周末不再进行噪音作业',
      ],
    ],
  },
  {
    key: 'property',
    category: 'WY01',
    place: 'building',
    route: 'community',
    weight: 2,
    channels: { hotline: 3, resident: 2 },
    appeal: 'complaint',
    variants: [
      [
        '物业服务不到位',
        '{addr}所在小区物业长期不清扫楼道，报修无人处理',
        '社区组织召开红色物业联席会，督促物业公司整改，已完成楼道清扫和报修处理',
      ],
      [
        '物业报修长期不处理',
        '{addr}所在小区物业对业主报修的下水管道问题一直拖延不处理',
        '已约谈物业公司负责人，下水管道已维修',
      ],
    ],
  },
  {
    key: 'elderly',
    category: 'MS03',
    place: 'building',
    route: 'community',
    weight: 1.5,
    channels: { patrol: 2, hotline: 1, resident: 1 },
    appeal: 'request',
    variants: [
      [
        '独居老人需要助餐服务',
        '{addr}独居老人行动不便，希望社区提供助餐服务',
        '社区已为老人登记助餐服务，志愿者每日送餐上门',
      ],
      [
        '高龄老人申请居家养老服务',
        '{addr}八十多岁老人子女不在身边，申请居家养老上门服务',
        '已为老人办理居家养老服务，服务人员每周上门两次',
      ],
    ],
  },
  {
    key: 'parking-estate',
    category: 'WY05',
    place: 'outdoor',
    route: 'community',
    weight: 2,
    channels: { resident: 2, hotline: 1 },
    appeal: 'complaint',
    variants: [
      [
        '小区外来车辆乱停',
        '{addr}小区内外来车辆随意停放，业主车辆无处停放',
        '物业已加强门岗管理，外来车辆登记入内并限时停放',
      ],
      [
        '小区道路停车混乱',
        '{addr}小区道路两侧停满车辆，救护车进出困难',
        '社区协调物业重新施划停车位，道路已恢复畅通',
      ],
    ],
  },
  {
    key: 'inquiry',
    category: 'MS02',
    place: 'building',
    route: 'community',
    weight: 1.5,
    channels: { hotline: 1 },
    appeal: 'inquiry',
    inquiry: true,
    variants: [
      ['咨询低保申请条件', '家住{addr}，咨询最低生活保障的申请条件', '已答复'],
      ['咨询低保办理流程', '家住{addr}，咨询申请低保需要准备哪些材料', '已答复'],
    ],
  },
  // The subdistrict's coordination (街道).
  {
    key: 'fume',
    category: '06027',
    place: 'outdoor',
    route: 'subdistrict',
    weight: 2.5,
    channels: { hotline: 4, resident: 1, patrol: 1 },
    appeal: 'complaint',
    variants: [
      [
        '餐饮店油烟扰民',
        '{addr}附近烧烤店油烟直排，影响周边居民开窗通风',
        '街道综合执法队上门检查，督促商户开启油烟净化设施，已整改到位',
      ],
      [
        '烧烤店油烟直排',
        '{addr}沿街餐馆油烟净化器未开启，油烟味很重',
        '已责令商户清洗油烟管道，复查油烟排放正常',
      ],
    ],
  },
  {
    key: 'noise',
    category: '06028',
    place: 'outdoor',
    route: 'subdistrict',
    weight: 2.5,
    channels: { hotline: 5, resident: 1 },
    appeal: 'complaint',
    variants: [
      [
        '广场舞音响声音过大',
        '{addr}每晚广场舞音响声音过大，持续到晚上九点半',
        '已与广场舞队伍负责人沟通，音量调低并在晚八点半前结束',
      ],
      ['商铺外放音响扰民', '{addr}附近商铺门口大音量外放促销广告', '已劝导商铺关闭外放音响'],
      [
        '夜间聚集喧哗扰民',
        '{addr}附近夜间有人聚集饮酒喧哗，影响休息',
        '已联系社区民警加强夜间巡逻，现场已劝散',
      ],
    ],
  },
  {
    key: 'fire-lane',
    category: 'AQ01',
    place: 'outdoor',
    route: 'subdistrict',
    by: 'xf',
    weight: 2.5,
    channels: { patrol: 3, hotline: 2, resident: 1, department: 1 },
    appeal: 'complaint',
    variants: [
      [
        '消防通道被车辆占用',
        '{addr}消防通道长期被私家车占用，消防车无法通行',
        '已联系车主挪车，并在消防通道施划禁停标线',
      ],
      [
        '消防通道堆放建筑材料',
        '{addr}消防通道内堆放建筑材料，堵塞通道',
        '已清理通道内杂物，消防通道恢复畅通',
      ],
    ],
  },
  {
    key: 'charging',
    category: 'AQ03',
    place: 'building',
    route: 'subdistrict',
    by: 'xf',
    weight: 4,
    channels: { patrol: 5, resident: 2, hotline: 1, department: 1 },
    spotShare: 0.65,
    appeal: 'complaint',
    variants: [
      [
        '电动车楼道内充电',
        '{addr}有住户将电动车推入楼道充电，存在火灾隐患',
        '已联合消防部门上门劝导，住户已将电动车移至小区集中充电点',
      ],
      [
        '私拉电线飞线充电',
        '{addr}有住户从{f}楼窗户私拉电线为电动车充电',
        '已拆除飞线，并引导住户到小区充电桩充电',
      ],
    ],
    spot: ['现场劝导住户拆除飞线，引导到小区充电桩充电'],
  },
  {
    key: 'extinguisher',
    category: 'AQ10',
    place: 'building',
    route: 'subdistrict',
    by: 'xf',
    weight: 1.5,
    channels: { patrol: 3, department: 1 },
    appeal: 'request',
    variants: [
      ['楼道灭火器过期', '{addr}楼道内配置的灭火器已过期', '已更换楼道内过期灭火器'],
      ['消火栓箱内设施缺失', '{addr}消火栓箱内水带、水枪缺失', '已补齐消火栓箱内水带、水枪，并张贴检查记录'],
    ],
  },
  {
    key: 'streetlight',
    category: '01037',
    place: 'outdoor',
    route: 'subdistrict',
    weight: 2.5,
    channels: { patrol: 3, resident: 2, hotline: 2 },
    appeal: 'request',
    variants: [
      ['路灯不亮', '{addr}路段有两盏路灯不亮，夜间行人出行不便', '已联系路灯维护单位更换灯具，路灯恢复照明'],
      ['路灯夜间闪烁', '{addr}路灯夜间频繁闪烁，影响通行', '维护单位已更换镇流器，路灯工作正常'],
    ],
  },
  // The whistle: departments report to the subdistrict (街道吹哨、部门报到).
  {
    key: 'illegal-build',
    category: '06001',
    place: 'building',
    route: 'department',
    lead: 'cgzf',
    assists: ['zj', 'community'],
    weight: 1.5,
    channels: { patrol: 3, hotline: 1, resident: 1, department: 1 },
    appeal: 'complaint',
    variants: [
      [
        '楼顶私搭乱建',
        '{addr}楼顶有住户私自搭建彩钢板房',
        '城管执法部门依法下达限期拆除通知，违建已拆除，住建部门完成结构安全检查',
      ],
      [
        '一楼住户私自扩建院墙',
        '{addr}一楼住户占用公共绿地私自扩建院墙',
        '违建已由当事人自行拆除，社区已恢复绿地',
      ],
    ],
  },
  {
    key: 'outdoor-ads',
    category: '07003',
    place: 'outdoor',
    route: 'department',
    lead: 'cgzf',
    assists: ['scjg'],
    weight: 1.2,
    channels: { patrol: 2, department: 1, hotline: 1 },
    appeal: 'complaint',
    variants: [
      [
        '沿街违规设置户外广告牌',
        '{addr}沿街商户未经审批设置大型户外广告牌',
        '城管执法部门责令商户拆除违规广告牌，市场监管部门已核查经营主体',
      ],
      [
        '门头广告牌松动',
        '{addr}商户门头广告牌松动，大风天气存在坠落隐患',
        '广告牌已加固，城管执法部门复查合格',
      ],
    ],
  },
  {
    key: 'fume-whistle',
    category: '06027',
    place: 'outdoor',
    route: 'department',
    lead: 'cgzf',
    assists: ['sthj', 'scjg'],
    weight: 1,
    channels: { hotline: 3, resident: 1 },
    appeal: 'complaint',
    variants: [
      [
        '餐饮店油烟扰民多次反映未解决',
        '{addr}附近餐饮店油烟扰民问题多次反映未解决，居民意见较大',
        '城管执法部门立案查处，生态环境部门完成油烟检测，商户已加装高效净化设备',
      ],
    ],
  },
  {
    key: 'noise-whistle',
    category: '06028',
    place: 'outdoor',
    route: 'department',
    lead: 'cgzf',
    assists: ['ga', 'sthj'],
    weight: 1,
    channels: { hotline: 3 },
    appeal: 'complaint',
    variants: [
      [
        '夜市噪音扰民反复投诉',
        '{addr}附近夜市经营至凌晨，音响和喧哗声扰民，多次投诉后反复',
        '城管、公安、生态环境部门联合执法，夜市经营时间调整至晚十点前，噪音监测达标',
      ],
    ],
  },
  {
    key: 'trees',
    category: '04002',
    place: 'outdoor',
    route: 'department',
    lead: 'cgzf',
    assists: ['community'],
    weight: 1,
    channels: { patrol: 2, resident: 1, hotline: 1 },
    appeal: 'request',
    variants: [
      ['行道树倾斜存在倒伏隐患', '{addr}行道树严重倾斜，雨天有倒伏隐患', '园林养护单位已对倾斜树木扶正加固'],
      [
        '树枝遮挡路灯和居民窗户',
        '{addr}树枝过长遮挡路灯和低层住户窗户',
        '已对过长树枝进行修剪，社区已告知周边住户',
      ],
    ],
  },
  {
    key: 'market-vendor',
    category: '09006',
    at: 'market',
    place: 'outdoor',
    route: 'department',
    lead: 'cgzf',
    assists: ['scjg', 'ga'],
    by: 'scjg',
    weight: 1.2,
    channels: { hotline: 2, department: 1, patrol: 1 },
    appeal: 'complaint',
    variants: [
      [
        '市场周边占道经营',
        '{addr}周边摊贩占道经营，早市时段车辆无法通行',
        '城管、市场监管、公安联合整治，摊贩已引导入场经营，周边秩序恢复',
      ],
      [
        '农贸市场门口摊贩占道',
        '{addr}门口流动摊贩聚集，交通拥堵',
        '城管、市场监管、公安联合整治，摊贩已引导入场经营，周边秩序恢复',
      ],
    ],
  },
  {
    key: 'construction',
    category: '08001',
    place: 'outdoor',
    route: 'department',
    lead: 'zj',
    assists: ['cgzf', 'sthj'],
    weight: 1.5,
    channels: { hotline: 3, resident: 1 },
    appeal: 'complaint',
    variants: [
      [
        '夜间施工噪音扰民',
        '{addr}附近工地夜间十一点后仍在施工，噪音扰民',
        '住建部门约谈施工单位，夜间施工已停止，生态环境部门已现场监测',
      ],
      ['工地施工扬尘', '{addr}附近工地未覆盖裸土，扬尘严重', '施工单位已覆盖裸土并开启雾炮，扬尘得到控制'],
    ],
  },
  {
    key: 'fire-lane-dept',
    category: '09012',
    place: 'outdoor',
    route: 'department',
    lead: 'xf',
    assists: ['ga', 'cgzf'],
    weight: 1.2,
    channels: { hotline: 2, patrol: 1 },
    appeal: 'complaint',
    variants: [
      [
        '商户占用消防通道经营',
        '{addr}消防通道被商户占用经营，多次劝导无效',
        '消防、公安、城管联合执法，占道物品已清理，责令商户不得再占用',
      ],
      [
        '消防通道长期被僵尸车占用',
        '{addr}消防通道长期被僵尸车占用',
        '已联合执法拖移僵尸车，并设置隔离桩防止再次占用',
      ],
    ],
  },
  {
    key: 'elevator',
    category: 'AQ04',
    place: 'building',
    route: 'department',
    lead: 'scjg',
    assists: ['zj'],
    weight: 1.5,
    channels: { hotline: 3, resident: 2 },
    appeal: 'request',
    variants: [
      [
        '电梯频繁故障停运',
        '{addr}电梯本月多次故障停运，老人上下楼困难',
        '市场监管部门督促维保单位全面检修，更换了门机控制板，电梯恢复运行',
      ],
      ['电梯运行中困人', '{addr}电梯运行中突然停止，有居民被困', '维保单位已完成检修，市场监管部门复检合格'],
    ],
  },
  {
    key: 'gas',
    category: 'AQ02',
    place: 'building',
    route: 'department',
    lead: 'zj',
    assists: ['xf'],
    weight: 1,
    channels: { patrol: 2, hotline: 1 },
    appeal: 'request',
    variants: [
      [
        '楼道燃气管道锈蚀',
        '{addr}楼道内燃气管道锈蚀严重',
        '燃气公司已更换锈蚀管段，住建、消防部门现场检查无泄漏',
      ],
      ['楼道内有燃气异味', '{addr}楼道内有明显燃气异味', '燃气公司现场检测，已紧固漏气接头，复测无泄漏'],
    ],
  },
  {
    key: 'parking',
    category: '09009',
    place: 'outdoor',
    route: 'department',
    lead: 'ga',
    assists: ['cgzf'],
    weight: 1.2,
    channels: { hotline: 2, department: 1 },
    appeal: 'complaint',
    variants: [
      [
        '机动车违停堵塞道路',
        '{addr}道路两侧机动车违停，早晚高峰严重拥堵',
        '交警已对违停车辆贴单处罚，城管施划了禁停标线',
      ],
      ['路口机动车乱停放', '{addr}路口机动车乱停，遮挡视线，存在安全隐患', '已设置禁停标志并加强巡逻'],
    ],
  },
  {
    key: 'school-traffic',
    category: '09009',
    at: 'school',
    place: 'outdoor',
    route: 'department',
    lead: 'ga',
    assists: ['cgzf'],
    weight: 1,
    channels: { patrol: 1, hotline: 1 },
    appeal: 'complaint',
    variants: [
      [
        '上下学时段校门口车辆乱停',
        '{addr}上下学时段接送车辆乱停，校门口交通拥堵',
        '交警在上下学时段增派警力疏导，城管施划了临时停车区',
      ],
    ],
  },
  {
    key: 'manhole',
    category: '01003',
    place: 'outdoor',
    route: 'department',
    lead: 'sw',
    assists: ['cgzf'],
    weight: 1.2,
    channels: { patrol: 2, hotline: 1, sensor: 1 },
    appeal: 'request',
    variants: [
      ['雨水井盖破损', '{addr}雨水井盖破损下陷，存在安全隐患', '水务部门已更换防坠井盖，城管已清理警示杂物'],
      ['路面井盖缺失', '{addr}路面井盖缺失，已临时用杂物遮挡', '已安装新井盖并加装防坠网'],
    ],
  },
  {
    key: 'throwing',
    category: 'AQ05',
    place: 'building',
    route: 'department',
    lead: 'ga',
    assists: ['community'],
    weight: 1,
    channels: { resident: 1, hotline: 1, sensor: 1 },
    appeal: 'complaint',
    variants: [
      [
        '高空抛物',
        '{addr}有人从楼上抛掷垃圾袋，险些砸中行人',
        '公安部门调取监控锁定抛物住户，已进行批评教育并签订承诺书',
      ],
      [
        '楼上抛掷垃圾袋',
        '{addr}楼下多次发现从高处扔下的酒瓶',
        '社区民警和社区工作人员入户宣传，加装了高空抛物监控',
      ],
    ],
  },
];

/** What each assistant reports back when it has done its part. */
export const ASSIST_RESULTS: Record<DeptCode | 'community', string> = {
  cgzf: '城管执法部门已配合完成现场清理',
  scjg: '市场监管部门已核查经营主体资质',
  ga: '公安部门已安排民警到场维持秩序',
  xf: '消防部门已完成消防安全检查',
  sthj: '生态环境部门已完成现场监测',
  zj: '住建部门已完成房屋结构安全检查',
  mz: '民政部门已完成走访核实',
  sw: '水务部门已配合完成管网排查',
  community: '社区已做好居民沟通解释工作',
};

export const SATISFIED_COMMENTS = [
  '处理及时，很满意',
  '问题已解决，感谢网格员',
  '反映当天就有人来处理，点赞',
  '处理结果满意',
];
export const BASICALLY_COMMENTS = [
  '基本解决，希望加强巡查',
  '解决了，就是时间有点长',
  '基本满意，希望别再反复',
];
export const DISSATISFIED_COMMENTS = ['问题没有彻底解决，还是老样子', '只是临时处理，过两天又反弹了'];
export const REJECT_REASONS = {
  inquiry: '属政策咨询，已当场解答，不予立案',
  resolved: '诉求人反映的问题来电前已自行解决，不予立案',
  private: '经核实属私人产权范围内事务，已告知当事人自行协商处理',
  notFound: '现场核实未发现反映的问题',
} as const;
export const RETURN_REASON: Record<DeptCode, string> = {
  cgzf: '该事项不属于城管执法职责，请转相关部门办理',
  scjg: '该事项不属于市场监管职责，请转相关部门办理',
  ga: '该事项不属于公安职责，请转相关部门办理',
  xf: '该事项不属于消防职责，请转相关部门办理',
  sthj: '该事项不属于生态环境职责，请转相关部门办理',
  zj: '该事项不属于住建职责，请转相关部门办理',
  mz: '该事项不属于民政职责，请转相关部门办理',
  sw: '该事项不属于水务职责，请转相关部门办理',
};
export const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
