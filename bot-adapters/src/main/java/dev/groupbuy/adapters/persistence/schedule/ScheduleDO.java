package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** Row of {@code schedules}: the trigger and the action in columns, the unused ones {@code null}. */
@TableName("schedules")
class ScheduleDO {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String name;
    private Instant triggerAt;
    private String cron;
    private String zone;
    private Instant startAt;
    private Instant endAt;
    private String actionType;
    private String actionText;
    private String dealTitle;
    private String dealPickup;
    private Integer closesAfterMinutes;
    private Integer remindBeforeMinutes;
    private Integer minutesBefore;
    private String listKind;
    private String status;
    private Instant nextFireAt;
    private Instant createdAt;
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getTriggerAt() {
        return triggerAt;
    }

    public void setTriggerAt(Instant triggerAt) {
        this.triggerAt = triggerAt;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public void setStartAt(Instant startAt) {
        this.startAt = startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public void setEndAt(Instant endAt) {
        this.endAt = endAt;
    }

    public String getActionType() {
        return actionType;
    }

    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getDealTitle() {
        return dealTitle;
    }

    public void setDealTitle(String dealTitle) {
        this.dealTitle = dealTitle;
    }

    public String getDealPickup() {
        return dealPickup;
    }

    public void setDealPickup(String dealPickup) {
        this.dealPickup = dealPickup;
    }

    public Integer getClosesAfterMinutes() {
        return closesAfterMinutes;
    }

    public void setClosesAfterMinutes(Integer closesAfterMinutes) {
        this.closesAfterMinutes = closesAfterMinutes;
    }

    public Integer getRemindBeforeMinutes() {
        return remindBeforeMinutes;
    }

    public void setRemindBeforeMinutes(Integer remindBeforeMinutes) {
        this.remindBeforeMinutes = remindBeforeMinutes;
    }

    public Integer getMinutesBefore() {
        return minutesBefore;
    }

    public void setMinutesBefore(Integer minutesBefore) {
        this.minutesBefore = minutesBefore;
    }

    public String getListKind() {
        return listKind;
    }

    public void setListKind(String listKind) {
        this.listKind = listKind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getNextFireAt() {
        return nextFireAt;
    }

    public void setNextFireAt(Instant nextFireAt) {
        this.nextFireAt = nextFireAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
