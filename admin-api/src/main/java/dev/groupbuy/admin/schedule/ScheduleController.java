package dev.groupbuy.admin.schedule;

import static dev.groupbuy.admin.usecase.Refusals.operator;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.core.schedule.CreateSchedule;
import dev.groupbuy.core.schedule.DeleteSchedule;
import dev.groupbuy.core.schedule.PauseSchedule;
import dev.groupbuy.core.schedule.PreviewSchedule;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.schedule.Trigger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules: planned posts and deals in groups. Creating, pausing, resuming and deleting run the core's use
 * cases; what a schedule does when it fires runs the same use cases as the leaders' commands.
 */
@RestController
@Tag(name = "schedules")
@RequestMapping("/api/v1/schedules")
class ScheduleController {

    private static final int MOST_RUNS = 500;

    private final ScheduleRepository schedules;
    private final CreateSchedule create;
    private final PauseSchedule pause;
    private final DeleteSchedule delete;
    private final PreviewSchedule preview;

    ScheduleController(
            ScheduleRepository schedules,
            CreateSchedule create,
            PauseSchedule pause,
            DeleteSchedule delete,
            PreviewSchedule preview) {
        this.schedules = schedules;
        this.create = create;
        this.pause = pause;
        this.delete = delete;
        this.preview = preview;
    }

    @Operation(summary = "Plan a post, a deal, a reminder, a 截单 or a list in groups, once or by a cron expression")
    @PostMapping
    ResponseEntity<ScheduleView> create(@Valid @RequestBody CreateScheduleRequest request) {
        Schedule schedule = orThrow(create.create(new CreateSchedule.Command(
                request.name(),
                request.groupIds(),
                ScheduleRequests.trigger(request.trigger()),
                ScheduleRequests.action(request.action()),
                operator())));
        return ResponseEntity.created(URI.create("/api/v1/schedules/" + schedule.id()))
                .body(ScheduleView.of(schedule, null));
    }

    @Operation(
            summary = "The next fire times of a cron expression (in zone, else the group's zone, else Asia/Shanghai),"
                    + " as the scheduler would compute them; nothing is stored")
    @GetMapping("/preview")
    PreviewView preview(
            @RequestParam String cron,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Instant startAt,
            @RequestParam(required = false) Instant endAt,
            @RequestParam(defaultValue = "5") int count) {
        if (cron.length() > 120 || (zone != null && zone.length() > 64)) {
            throw badRequest("cron is at most 120 characters, zone at most 64");
        }
        Trigger trigger =
                ScheduleRequests.trigger(new CreateScheduleRequest.TriggerRequest(null, cron, zone, startAt, endAt));
        PreviewSchedule.Preview times = orThrow(preview.preview(new PreviewSchedule.Command(trigger, groupId, count)));
        return new PreviewView(cron.strip(), times.zone().getId(), times.times());
    }

    @Operation(summary = "Every schedule, newest first, with its next fire time and last run")
    @GetMapping
    ScheduleList list() {
        return new ScheduleList(schedules.findAll().stream().map(this::view).toList());
    }

    @Operation(summary = "One schedule with its next fire time and last run")
    @GetMapping("/{id}")
    ScheduleView get(@PathVariable long id) {
        return view(find(id));
    }

    @Operation(summary = "Stop firing until resumed (409 unless active)")
    @PostMapping("/{id}/pause")
    ScheduleView pause(@PathVariable long id) {
        return view(orThrow(pause.pause(id)));
    }

    @Operation(summary = "Fire again, from the next fire time after now (409 unless paused)")
    @PostMapping("/{id}/resume")
    ScheduleView resume(@PathVariable long id) {
        return view(orThrow(pause.resume(id)));
    }

    @Operation(summary = "Delete the schedule with its runs")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        orThrow(delete.delete(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The schedule's runs, newest first, with each group's outcome")
    @GetMapping("/{id}/runs")
    Runs runs(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MOST_RUNS) {
            throw badRequest("limit must be between 1 and " + MOST_RUNS);
        }
        Schedule schedule = find(id);
        return new Runs(schedules.runs(id, limit).stream()
                .map(run -> RunView.of(run, schedule.groupIds()))
                .toList());
    }

    record ScheduleList(List<ScheduleView> schedules) {}

    /** @param times the next fire times, soonest first (fewer when the trigger ends) */
    record PreviewView(String cron, String zone, List<Instant> times) {}

    record Runs(List<RunView> runs) {}

    private Schedule find(long id) {
        return schedules.findById(id).orElseThrow(() -> notFound("no schedule with id " + id));
    }

    private ScheduleView view(Schedule schedule) {
        List<Run> last = schedules.runs(schedule.id(), 1);
        return ScheduleView.of(schedule, last.isEmpty() ? null : last.get(0));
    }
}
