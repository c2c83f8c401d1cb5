/**
 * Vocabulary of the generated cases: the regions of DOMAIN.md with their courts, police
 * stations, committees, arbitration commissions and notary offices; Chinese names; case texts.
 */

export interface Region {
  /** GB/T 2260 county-level code. */
  code: string;
  city: string;
  county: string;
  /** Court code of case numbers: province abbreviation + the division's last four digits. */
  courtCode: string;
  court: string;
  stations: string[];
  streets: string[];
  villages: string[];
  arbitration: string;
  /** Abbreviation in labour-arbitration case numbers, e.g. 玉红劳人仲案字. */
  arbitrationAbbr: string;
  commercialArbitration: string;
  commercialAbbr: string;
  notary: string;
  notaryAbbr: string;
  /** Relative share of the cases. */
  weight: number;
  /** Surnames more common here than nationally, mixed into the national list. */
  localSurnames?: string[];
  /** Share of people with Uyghur names (阿拉尔). */
  uyghurShare?: number;
  landline: string;
}

export const REGIONS: Region[] = [
  {
    code: "530402", city: "玉溪市", county: "红塔区", courtCode: "云0402", court: "玉溪市红塔区人民法院",
    stations: ["红塔分局玉兴派出所", "红塔分局凤凰派出所", "红塔分局北城派出所", "红塔分局春和派出所"],
    streets: ["玉兴街道", "凤凰路街道", "北城街道", "春和街道", "李棋街道"], villages: ["大营街村", "刺桐关村", "瓦窑村"],
    arbitration: "玉溪市红塔区劳动人事争议仲裁委员会", arbitrationAbbr: "玉红劳人仲案字", commercialArbitration: "玉溪仲裁委员会", commercialAbbr: "玉仲字",
    notary: "云南省玉溪市红塔公证处", notaryAbbr: "云玉红", weight: 3, landline: "0877",
  },
  {
    code: "421202", city: "咸宁市", county: "咸安区", courtCode: "鄂1202", court: "咸宁市咸安区人民法院",
    stations: ["咸安分局温泉派出所", "咸安分局永安派出所", "咸安分局浮山派出所"],
    streets: ["温泉街道", "永安街道", "浮山街道"], villages: ["向阳湖村", "汀泗桥村"],
    arbitration: "咸宁市咸安区劳动人事争议仲裁委员会", arbitrationAbbr: "咸安劳人仲案字", commercialArbitration: "咸宁仲裁委员会", commercialAbbr: "咸仲字",
    notary: "湖北省咸宁市咸安公证处", notaryAbbr: "鄂咸咸安", weight: 2, landline: "0715",
  },
  {
    code: "421281", city: "咸宁市", county: "赤壁市", courtCode: "鄂1281", court: "赤壁市人民法院",
    stations: ["赤壁市公安局蒲圻派出所", "赤壁市公安局赤马港派出所"],
    streets: ["蒲圻街道", "赤马港街道", "陆水湖街道"], villages: ["羊楼洞村", "新店村"],
    arbitration: "赤壁市劳动人事争议仲裁委员会", arbitrationAbbr: "赤劳人仲案字", commercialArbitration: "咸宁仲裁委员会", commercialAbbr: "咸仲字",
    notary: "湖北省赤壁市公证处", notaryAbbr: "鄂咸赤", weight: 1, landline: "0715",
  },
  {
    code: "421221", city: "咸宁市", county: "嘉鱼县", courtCode: "鄂1221", court: "嘉鱼县人民法院",
    stations: ["嘉鱼县公安局鱼岳派出所", "嘉鱼县公安局簰洲湾派出所"],
    streets: ["鱼岳镇", "簰洲湾镇", "新街镇"], villages: ["官桥村", "蜀港村"],
    arbitration: "嘉鱼县劳动人事争议仲裁委员会", arbitrationAbbr: "嘉劳人仲案字", commercialArbitration: "咸宁仲裁委员会", commercialAbbr: "咸仲字",
    notary: "湖北省嘉鱼县公证处", notaryAbbr: "鄂咸嘉", weight: 1, landline: "0715",
  },
  {
    code: "210802", city: "营口市", county: "站前区", courtCode: "辽0802", court: "营口市站前区人民法院",
    stations: ["站前分局跃进派出所", "站前分局八田地派出所", "站前分局建设派出所"],
    streets: ["跃进街道", "八田地街道", "建设街道", "东风街道"], villages: ["红旗村"],
    arbitration: "营口市站前区劳动人事争议仲裁委员会", arbitrationAbbr: "营站劳人仲案字", commercialArbitration: "营口仲裁委员会", commercialAbbr: "营仲字",
    notary: "辽宁省营口市站前公证处", notaryAbbr: "辽营站", weight: 2, landline: "0417",
  },
  {
    code: "659002", city: "阿拉尔市", county: "阿拉尔市", courtCode: "新9002", court: "阿拉尔垦区人民法院",
    stations: ["阿拉尔市公安局金银川路派出所", "阿拉尔市公安局幸福路派出所", "阿拉尔市公安局青松路派出所"],
    streets: ["金银川路街道", "幸福路街道", "青松路街道", "南口街道"], villages: ["十团五连", "十二团三连", "托喀依乡"],
    arbitration: "阿拉尔市劳动人事争议仲裁委员会", arbitrationAbbr: "阿劳人仲案字", commercialArbitration: "阿拉尔仲裁委员会", commercialAbbr: "阿仲字",
    notary: "新疆生产建设兵团第一师阿拉尔市公证处", notaryAbbr: "兵一阿", weight: 1, uyghurShare: 0.35, landline: "0997",
  },
  {
    code: "460106", city: "海口市", county: "龙华区", courtCode: "琼0106", court: "海口市龙华区人民法院",
    stations: ["龙华分局金宇派出所", "龙华分局城西派出所", "龙华分局新坡派出所"],
    streets: ["金宇街道", "城西镇", "新坡镇", "中山街道"], villages: ["仁南村", "遵谭村"],
    arbitration: "海口市龙华区劳动人事争议仲裁委员会", arbitrationAbbr: "海龙劳人仲案字", commercialArbitration: "海南仲裁委员会", commercialAbbr: "琼仲字",
    notary: "海南省海口市龙华公证处", notaryAbbr: "琼海龙", weight: 2, localSurnames: ["符", "王", "吴", "陈", "林", "云", "邢"], landline: "0898",
  },
  {
    code: "460108", city: "海口市", county: "美兰区", courtCode: "琼0108", court: "海口市美兰区人民法院",
    stations: ["美兰分局白龙派出所", "美兰分局海甸派出所", "美兰分局博爱派出所"],
    streets: ["白龙街道", "海甸街道", "博爱街道", "演丰镇"], villages: ["演丰村", "三江村"],
    arbitration: "海口市美兰区劳动人事争议仲裁委员会", arbitrationAbbr: "海美劳人仲案字", commercialArbitration: "海南仲裁委员会", commercialAbbr: "琼仲字",
    notary: "海南省海口市美兰公证处", notaryAbbr: "琼海美", weight: 2, localSurnames: ["符", "王", "吴", "陈", "林", "冯", "邢"], landline: "0898",
  },
];

export const SURNAMES = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
  "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
  "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
  "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
];

export const GIVEN_MALE = [
  "建国", "建华", "国强", "志强", "海洋", "玉明", "明", "强", "伟", "军", "勇", "涛", "磊", "超", "斌", "浩", "鹏", "杰", "俊杰", "家豪",
  "德华", "长林", "文", "晓东", "海涛", "少雄", "振华", "永福", "红军", "卫东", "子轩", "宇航", "天佑", "鑫", "帆", "成龙", "立新", "建军",
];

export const GIVEN_FEMALE = [
  "秀英", "桂花", "丽", "美玲", "玉兰", "秀兰", "桂英", "淑琴", "慧敏", "海燕", "静", "敏", "燕", "艳", "娟", "霞", "婷", "雪", "欣怡", "梓涵",
  "春梅", "红梅", "晓丽", "丽娟", "凤英", "雅琴", "思雨", "佳怡", "晓燕", "玉梅", "金凤", "翠花",
];

export const UYGHUR_MALE = ["艾力·买买提", "买买提·吐尔逊", "阿不都热合曼", "艾尔肯·吾守尔", "努尔买买提", "吐尔洪·阿吉", "热合曼·艾山"];
export const UYGHUR_FEMALE = ["阿依古丽", "古丽娜尔", "热依拉·阿不都", "帕提古丽", "迪丽努尔", "阿米娜·艾则孜", "努尔古丽"];

export const COMPANY_WORDS = ["建安", "宏达", "鑫源", "恒泰", "华盛", "博远", "嘉诚", "兴旺", "瑞丰", "金叶", "椰风", "温泉", "跃进", "天山", "红塔", "海甸"];
export const COMPANY_KINDS: { kind: string; types: string[] }[] = [
  { kind: "建筑劳务有限公司", types: ["MIGRANT_WORKER_WAGES", "LABOUR", "CONTRACT"] },
  { kind: "物业服务有限公司", types: ["PROPERTY_MANAGEMENT"] },
  { kind: "旅行社有限公司", types: ["TOURISM", "CONSUMER"] },
  { kind: "商贸有限公司", types: ["CONTRACT", "CONSUMER", "E_COMMERCE", "PRODUCTION_BUSINESS"] },
  { kind: "电子商务有限公司", types: ["E_COMMERCE", "CONSUMER"] },
  { kind: "房地产开发有限公司", types: ["HOUSING_HOMESTEAD", "CONTRACT", "LAND_ACQUISITION_DEMOLITION"] },
  { kind: "农业专业合作社", types: ["FOREST_LAND", "CONTRACT", "LABOUR"] },
  { kind: "医院", types: ["MEDICAL"] },
  { kind: "化工有限公司", types: ["ENVIRONMENTAL_POLLUTION", "LABOUR"] },
  { kind: "运输有限公司", types: ["ROAD_TRAFFIC_ACCIDENT", "LABOUR", "MIGRANT_WORKER_WAGES"] },
];

export interface DisputeTypeInfo {
  code: string;
  label: string;
  weight: number;
  /** Whether the respondent is usually an organisation. */
  orgRespondent: number;
  amount: [number, number] | null;
  /** What happened, written after "甲与乙因". */
  causes: string[];
  demands: string[];
  police: string;
}

export const DISPUTE_TYPES: DisputeTypeInfo[] = [
  { code: "NEIGHBOURHOOD", label: "邻里纠纷", weight: 16, orgRespondent: 0, amount: [200, 20000], police: "NEIGHBOUR_QUARREL",
    causes: ["相邻通道搭建彩钢棚影响通行", "楼上漏水浸泡楼下房屋", "深夜噪音扰民", "宠物狗咬伤", "排水沟堵塞致院落积水", "公共楼道堆放杂物"],
    demands: ["要求排除妨碍并赔偿损失", "要求修复并赔偿", "要求停止侵害、赔礼道歉"] },
  { code: "MARRIAGE_FAMILY", label: "婚姻家庭纠纷", weight: 14, orgRespondent: 0, amount: null, police: "FAMILY_DISPUTE",
    causes: ["离婚后子女探望时间", "赡养老人费用分担", "家庭财产分割", "抚养费支付", "婆媳矛盾"],
    demands: ["要求明确探望安排", "要求按月支付赡养费", "要求依法分割财产"] },
  { code: "HOUSING_HOMESTEAD", label: "房屋宅基地纠纷", weight: 6, orgRespondent: 0.1, amount: [1000, 80000], police: "OTHER",
    causes: ["宅基地边界及围墙建设", "房屋买卖过户", "老宅继承分配", "翻建房屋遮挡采光"], demands: ["要求确认边界", "要求协助过户", "要求拆除超建部分"] },
  { code: "CONTRACT", label: "合同纠纷", weight: 8, orgRespondent: 0.5, amount: [2000, 300000], police: "OTHER",
    causes: ["民间借贷到期未还", "装修工程款结算", "买卖合同货款拖欠", "租赁合同提前解除"], demands: ["要求偿还本金及利息", "要求支付剩余款项", "要求赔偿违约损失"] },
  { code: "PRODUCTION_BUSINESS", label: "生产经营纠纷", weight: 3, orgRespondent: 0.6, amount: [5000, 200000], police: "OTHER",
    causes: ["合伙经营利润分配", "摊位经营权", "农资质量问题致减产"], demands: ["要求分配利润", "要求赔偿减产损失"] },
  { code: "DAMAGES", label: "损害赔偿纠纷", weight: 6, orgRespondent: 0.1, amount: [500, 60000], police: "MINOR_ASSAULT",
    causes: ["口角引发肢体冲突致轻微伤", "施工不慎损坏他人车辆", "高空坠物砸伤路人"], demands: ["要求赔偿医疗费、误工费", "要求赔偿修理费"] },
  { code: "FOREST_LAND", label: "山林土地纠纷", weight: 3, orgRespondent: 0.2, amount: [1000, 50000], police: "OTHER",
    causes: ["承包地界址不清", "棉田承包费", "林地采伐越界"], demands: ["要求重新确界", "要求返还承包费"] },
  { code: "LAND_ACQUISITION_DEMOLITION", label: "征地拆迁纠纷", weight: 2, orgRespondent: 0.7, amount: [10000, 500000], police: "OTHER",
    causes: ["征地补偿款分配", "拆迁安置面积"], demands: ["要求足额支付补偿款", "要求按政策安置"] },
  { code: "ENVIRONMENTAL_POLLUTION", label: "环境污染纠纷", weight: 1, orgRespondent: 0.8, amount: [2000, 100000], police: "OTHER",
    causes: ["厂区废水排入鱼塘", "餐饮油烟扰民"], demands: ["要求停止排污并赔偿", "要求加装净化设备"] },
  { code: "LABOUR", label: "劳动争议", weight: 7, orgRespondent: 0.95, amount: [2000, 80000], police: "LABOUR_WAGE",
    causes: ["解除劳动合同经济补偿", "工伤待遇", "未签劳动合同二倍工资", "加班费"], demands: ["要求支付经济补偿金", "要求支付工伤待遇", "要求支付加班费"] },
  { code: "CONSUMER", label: "消费纠纷", weight: 5, orgRespondent: 0.9, amount: [100, 20000], police: "CONSUMER_DISPUTE",
    causes: ["预付卡商家闭店拒不退款", "购买电器质量问题", "美容服务致皮肤损伤"], demands: ["要求退还预付款", "要求退货退款", "要求赔偿"] },
  { code: "MEDICAL", label: "医疗纠纷", weight: 3, orgRespondent: 1, amount: [5000, 300000], police: "OTHER",
    causes: ["术后感染", "延误诊断", "用药错误"], demands: ["要求赔偿医疗费及误工费", "要求院方承担赔偿责任"] },
  { code: "ROAD_TRAFFIC_ACCIDENT", label: "道路交通事故纠纷", weight: 6, orgRespondent: 0.3, amount: [500, 150000], police: "TRAFFIC_DISPUTE",
    causes: ["电动车与轿车剐蹭", "倒车撞伤行人", "货车追尾"], demands: ["要求赔偿车辆维修费", "要求赔偿医疗费"] },
  { code: "PROPERTY_MANAGEMENT", label: "物业纠纷", weight: 5, orgRespondent: 0.95, amount: [500, 10000], police: "OTHER",
    causes: ["电梯长期停运拒交物业费", "小区车位收费", "物业维修不及时致漏水"], demands: ["要求补交物业费", "要求修复设施并减免费用"] },
  { code: "MIGRANT_WORKER_WAGES", label: "拖欠农民工工资", weight: 7, orgRespondent: 1, amount: [3000, 120000], police: "LABOUR_WAGE",
    causes: ["工地务工三个月工资未结算", "棉花采摘计件工资", "包工头携款失联"], demands: ["要求支付拖欠工资", "要求总包单位先行垫付"] },
  { code: "TOURISM", label: "旅游纠纷", weight: 2, orgRespondent: 1, amount: [500, 30000], police: "CONSUMER_DISPUTE",
    causes: ["行程被擅自变更并被要求额外购物", "酒店标准与合同不符"], demands: ["要求退还差价并赔偿", "要求赔礼道歉"] },
  { code: "E_COMMERCE", label: "电子商务纠纷", weight: 2, orgRespondent: 1, amount: [50, 20000], police: "CONSUMER_DISPUTE",
    causes: ["网购商品与描述不符", "直播带货售后推诿"], demands: ["要求退货退款", "要求三倍赔偿"] },
  { code: "OTHER", label: "其他纠纷", weight: 3, orgRespondent: 0.2, amount: null, police: "OTHER",
    causes: ["祖坟迁移", "村规民约执行", "红白喜事场地占用"], demands: ["要求协商解决", "要求恢复原状"] },
];

export const EXCLUDED_POLICE_CATEGORIES = ["HIRED_VIOLENCE", "GANG_FIGHT", "PROVOCATION"];

export const JUDGES = ["李文", "刘晓东", "陈静", "王海", "张敏", "赵立新", "杨帆", "周红"];
export const OFFICERS = ["民警王磊", "民警李军", "民警陈涛", "民警马超", "民警阿不都", "民警符海"];
