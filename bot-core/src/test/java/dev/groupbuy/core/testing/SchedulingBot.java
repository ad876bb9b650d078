package dev.groupbuy.core.testing;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.outbound.Delivery;
import dev.groupbuy.core.schedule.AlarmHandler;
import dev.groupbuy.core.schedule.CreateSchedule;
import dev.groupbuy.core.schedule.CronCalendar;
import dev.groupbuy.core.schedule.DeleteSchedule;
import dev.groupbuy.core.schedule.FireTimes;
import dev.groupbuy.core.schedule.MisfirePolicy;
import dev.groupbuy.core.schedule.PauseSchedule;
import dev.groupbuy.core.schedule.ScheduleRunner;
import dev.groupbuy.core.schedule.deadline.DeadlineAlarms;
import dev.groupbuy.core.schedule.deadline.DealDeadlines;
import dev.groupbuy.core.schedule.step.GroupSteps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The use cases, the scheduler and deal deadlines on in-memory ports, a test clock and {@link ManualAlarms}
 * in place of Quartz. The cron calendar is given (bot-adapters' tests give Quartz's own).
 */
public final class SchedulingBot {

    public final WriteCounter writes = new WriteCounter();
    public final MutableClock clock;
    public final InMemoryGroupRepository groups = new InMemoryGroupRepository(writes);
    public final InMemoryDealVersions versions = new InMemoryDealVersions(writes);
    public final InMemoryDealRepository deals = new InMemoryDealRepository(writes, versions);
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository(writes);
    public final InMemoryDealHistory dealHistory = new InMemoryDealHistory();
    public final InMemoryOutboundQueue outbox;
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    public final ManualAlarms alarms;
    public final UseCases use;
    public final CreateSchedule create;
    public final PauseSchedule pause;
    public final DeleteSchedule delete;
    public final ScheduleRunner runner;
    public final FireTimes times;

    public SchedulingBot(CronCalendar cron, Instant start) {
        clock = new MutableClock(start);
        outbox = new InMemoryOutboundQueue(clock);
        alarms = new ManualAlarms(clock);
        GroupAnnouncer announcer = new GroupAnnouncer(groups, outbox);
        InMemoryLocks locks = new InMemoryLocks();
        use = UseCases.of(
                new ActionPorts(
                        deals,
                        orders,
                        dealHistory,
                        groups,
                        new InMemorySignUpLedger(writes),
                        versions,
                        transactions,
                        locks,
                        announcer.andThen(new DealDeadlines(alarms)),
                        clock),
                dealId -> null);
        MisfirePolicy misfire = new MisfirePolicy(MisfirePolicy.DEFAULT_GRACE);
        times = new FireTimes(cron);
        create = new CreateSchedule(schedules, groups, cron, alarms, transactions, clock);
        pause = new PauseSchedule(schedules, cron, alarms, transactions, clock);
        delete = new DeleteSchedule(schedules, alarms, transactions);
        runner = new ScheduleRunner(
                schedules, times, misfire, alarms, groups, new GroupSteps(use, announcer, clock), transactions, clock);
        alarms.ringInto(new AlarmHandler(runner, new DeadlineAlarms(use, alarms, misfire, clock)));
    }

    public ChatGroup group(String chatId) {
        ChatGroup group = new ChatGroup(null, "sandbox", chatId, chatId, null, clock.instant());
        return groups.create(group, List.of(new Member(0, "L-" + chatId, "王团长", Role.LEADER)));
    }

    public void runUntil(String isoInstant) {
        alarms.runUntil(Instant.parse(isoInstant));
    }

    public void advance(Duration by) {
        alarms.runUntil(clock.instant().plus(by));
    }

    /** What the bot said in the chat, oldest first, with the clock's time when it was said. */
    public List<Said> said(String chatId) {
        return outbox.all().stream()
                .filter(d -> d.message().chatId().equals(chatId))
                .map(d -> new Said(d.message().text(), d.createdAt()))
                .toList();
    }

    public List<OutboundMessage> messages() {
        return outbox.all().stream().map(Delivery::message).toList();
    }

    /** A message and when it was queued. */
    public record Said(String text, Instant at) {}
}
