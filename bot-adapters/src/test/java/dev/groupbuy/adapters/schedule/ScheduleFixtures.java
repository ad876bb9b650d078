package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.schedule.CreateSchedule;
import dev.groupbuy.core.schedule.PauseSchedule;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import dev.groupbuy.core.testing.ManualAlarms;
import dev.groupbuy.core.testing.SchedulingBot;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The core's scheduling on in-memory ports and a test clock, with Quartz's cron calendar. */
final class ScheduleFixtures {

    static final Actor OPERATOR = Actor.Operator.api("test");

    final SchedulingBot bot;
    final PauseSchedule pause;

    ScheduleFixtures(String start) {
        bot = new SchedulingBot(new QuartzCronCalendar(), Instant.parse(start));
        pause = bot.pause;
    }

    /** A message and when it was queued. */
    record Said(String text, Instant at) {
        Said(String text, String at) {
            this(text, Instant.parse(at));
        }
    }

    ChatGroup group(String chatId) {
        return bot.group(chatId);
    }

    Schedule schedule(Trigger trigger, ScheduledAction action, ChatGroup... groups) {
        return create(trigger, action, groups).value();
    }

    ActionResult<Schedule> tryCreate(Trigger trigger, ChatGroup... groups) {
        return create(trigger, new ScheduledAction.Post("hi"), groups);
    }

    private ActionResult<Schedule> create(Trigger trigger, ScheduledAction action, ChatGroup... groups) {
        List<Long> ids = Arrays.stream(groups).map(ChatGroup::id).toList();
        return bot.create.create(new CreateSchedule.Command("test", ids, trigger, action, OPERATOR));
    }

    Schedule reload(Schedule schedule) {
        return bot.schedules.findById(schedule.id()).orElseThrow();
    }

    List<Run> runs(Schedule schedule) {
        return bot.schedules.runs(schedule.id(), 100);
    }

    ManualAlarms alarms() {
        return bot.alarms;
    }

    void runUntil(String instant) {
        bot.runUntil(instant);
    }

    List<Said> said(String chatId) {
        return bot.said(chatId).stream().map(s -> new Said(s.text(), s.at())).toList();
    }
}
