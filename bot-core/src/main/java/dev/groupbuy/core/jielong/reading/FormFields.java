package dev.groupbuy.core.jielong.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines written as the leader's form asks ({@code 姓名：小彭 楼号：2栋 数量：2}, {@code 区域：雁塔 姓名：老陕 商品：肉夹馍2袋},
 * {@code 姓名：刘敏 电话：139****2231 地址：雁塔区小寨 数量：2箱}) are put back in the order a line is read in: who, then
 * what, then the remarks, with where and how to reach the person in a bracket for the note. The labels say what each
 * value is, so no value is weighed by its shape. A line with fewer than two labels, or none naming the person or the
 * order, is left as it is. The leader signing for someone ({@code 团长代接：王姨 2}, {@code 姓名：李秀英（团长代接）}) is
 * written out of the line too: the person named is the one who orders.
 */
public final class FormFields {

    static final List<String> NAME_LABELS =
            List.of("姓名", "名字", "昵称", "称呼", "联系人", "收货人", "微信名", "群昵称", "Name", "name", "NAME");

    static final List<String> ORDER_LABELS = List.of(
            "数量", "商品", "品种数量", "品名数量", "品种及数量", "商品及数量", "商品数量", "品名", "品种", "口味", "规格", "订购", "购买", "购买数量", "订购数量",
            "份数", "产品", "货品", "件数", "箱数", "盒数", "袋数", "款式", "尺码", "颜色", "订单", "Order", "order", "Qty", "qty");

    static final List<String> NOTE_LABELS = List.of(
            "楼号", "房号", "门牌", "门牌号", "楼栋", "栋号", "单元", "地址", "住址", "收货地址", "电话", "手机", "手机号", "电话号码", "联系方式", "区域",
            "片区", "小区", "取货点", "自提点", "提货点", "取货方式", "取货时间", "送货地址", "楼层", "Room", "room", "Phone", "Tel");

    static final List<String> REMARK_LABELS = List.of("备注", "要求", "留言", "Note", "Notes", "Remark");

    /** The leader entering a line for someone who asked by phone or in person. */
    private static final Pattern PROXY =
            Pattern.compile("(?:团长)?代(?:接|报|下|订|填)?(?:单)?[:：]\\s*|团长代接\\s+|[（(](?:团长)?代(?:接|报|下|订|填)[）)]");

    private static final Pattern LABEL = labels();

    private FormFields() {}

    private static Pattern labels() {
        List<String> all = new ArrayList<>();
        all.addAll(NAME_LABELS);
        all.addAll(ORDER_LABELS);
        all.addAll(NOTE_LABELS);
        all.addAll(REMARK_LABELS);
        all.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?:^|(?<=[\\s，,;；/|、]))(" + String.join("|", all) + ")\\s*[:：]");
    }

    /**
     * Whether {@code line} starts with a label of the form ({@code 楼号：4号楼}, {@code 数量：A2 B1}): the rest of a form
     * the resident filled in over several lines, one field a line.
     */
    public static boolean startsWithALabel(String line) {
        Matcher m = LABEL.matcher(line.strip());
        return m.lookingAt();
    }

    /** Whether {@code line} holds a label of the form anywhere ({@code 1. 姓名：乌兰}). */
    public static boolean hasALabel(String line) {
        return (line.indexOf(':') >= 0 || line.indexOf('：') >= 0)
                && LABEL.matcher(line).find();
    }

    /** The line in reading order when it is a filled-in form, without the leader's proxy mark; else as it is. */
    static String rewrite(String text) {
        String line = text.indexOf('代') >= 0 ? withoutProxyMark(text) : text;
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return line; // no label, no form
        }
        Matcher m = LABEL.matcher(line);
        List<int[]> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
        }
        boolean named = labels.stream().anyMatch(NAME_LABELS::contains);
        boolean ordered = labels.stream().anyMatch(ORDER_LABELS::contains);
        if (labels.size() < 2 || !(named || ordered)) {
            return line;
        }
        StringBuilder name = new StringBuilder(line.substring(0, at.get(0)[0]).strip());
        List<String> order = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? at.get(i + 1)[0] : line.length();
            String value = trimValue(line.substring(at.get(i)[1], end));
            if (value.isEmpty()) {
                continue;
            }
            String label = labels.get(i);
            if (NAME_LABELS.contains(label)) {
                name.append(name.isEmpty() ? "" : " ").append(value);
            } else if (ORDER_LABELS.contains(label)) {
                order.add(value);
            } else if (REMARK_LABELS.contains(label)) {
                remarks.add(value);
            } else {
                notes.add(value);
            }
        }
        StringBuilder out = new StringBuilder(name);
        for (String part : order) {
            out.append(' ').append(part);
        }
        for (String part : remarks) {
            out.append(' ').append(part);
        }
        if (!notes.isEmpty()) {
            out.append(" （").append(String.join(" ", notes)).append('）');
        }
        return out.toString().strip();
    }

    private static String withoutProxyMark(String text) {
        Matcher m = PROXY.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        return rest.isEmpty() ? text : rest;
    }

    private static String trimValue(String value) {
        String v = value.strip();
        while (!v.isEmpty() && "，,;；/|、".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v;
    }
}
