package io.newspipe.text;

/**
 * What the text stages know about the shape of Chinese personal names: the common surnames, most frequent first.
 * One list for the byline reader and the entity model's surname cue. Stateless and thread-safe.
 */
public final class ChineseNames {
    /** The ~255 most frequent single-character surnames, in order of frequency. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
            + "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
            + "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝蔺昌";
    /**
     * How many of the most frequent surnames the entity model's surname cue covers. The shipped model was trained with
     * this cut; changing it changes the model's features, so retrain when you do.
     */
    static final int MODEL_CUE_SURNAMES = 152;
    private static final String MODEL_CUE = SURNAMES.substring(0, MODEL_CUE_SURNAMES);
    private static final String[] DOUBLE_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"};

    private ChineseNames() {
    }

    /** Any of the common single-character surnames. */
    public static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** One of the surnames the entity model's surname feature fires on (the most frequent ones). */
    public static boolean isModelCueSurname(char c) {
        return MODEL_CUE.indexOf(c) >= 0;
    }

    /** The double surname {@code s} starts with (欧阳, 司马 …), or null. */
    public static String doubleSurnameOf(String s) {
        for (String d : DOUBLE_SURNAMES) {
            if (s.startsWith(d)) {
                return d;
            }
        }
        return null;
    }
}
