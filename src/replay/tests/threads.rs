//! Replay across threads: a sink error or a panic anywhere ends every thread, a slow
//! batch bounds the work ahead, results go back to the worker that made them, and a
//! stalled stream's finished batches are written.

use super::*;

/// A sink that stops at any point ends the workers, wherever they are blocked (an
/// earlier hand-rolled pool, 2026-11-30, hung here). Every stopping point, several
/// times over.
#[test]
fn a_sink_error_anywhere_ends_every_thread() {
    let engine = engine();
    for round in 0..20 {
        for jobs in [2, 3] {
            for stop in [1, 2, 5, 40, 150] {
                let replay = ReplayBuilder::new()
                    .jobs(jobs)
                    .batch(1 + round % 3)
                    .build(&engine);
                let mut input = Plain(conversations(200).into_iter().map(Ok));
                let mut seen = 0;
                let result = replay.run(&mut input, &mut |_, _| {
                    seen += 1;
                    if seen == stop {
                        Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
                    } else {
                        Ok(())
                    }
                });
                assert!(matches!(result, Err(ReplayError::Output(_))));
                assert_eq!(seen, stop);
            }
        }
    }
}

/// A slow batch holds up the output, not its order; the other workers run ahead of
/// it only as far as the bound on batches in flight.
#[test]
fn a_slow_batch_keeps_the_order_and_bounds_the_work_ahead() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let (jobs, batch) = (3, 2);
    let mapper = ReplayBuilder::new().jobs(jobs).batch(batch).mapper();
    let evaluated = AtomicUsize::new(0);
    let mut written = 0usize;
    let mut ahead = 0usize;
    let mut ids = Vec::new();
    let mut input = Plain(conversations(300).into_iter().map(Ok));
    let count = mapper
        .run(
            &mut input,
            &|c, _, _| {
                if c.id == "c7" {
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                evaluated.fetch_add(1, Ordering::SeqCst);
                c.id.clone()
            },
            &mut |_, id, _| {
                written += 1;
                ahead = ahead.max(evaluated.load(Ordering::SeqCst) - written);
                ids.push(std::mem::take(id));
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(count, 300);
    let expected: Vec<String> = (0..300).map(|i| format!("c{i}")).collect();
    assert_eq!(ids, expected);
    // While c7 sleeps, the others evaluate what the free slots allow, and no more.
    assert!(
        ahead >= batch,
        "nothing ran ahead of the slow batch: {ahead}"
    );
    assert!(
        ahead <= (QUEUE + jobs) * batch,
        "ran {ahead} conversations ahead"
    );
}

/// The bytes each evaluation appends reach the sink with its result, whatever the
/// threads; what the sink leaves of a result is freed on the worker that made it (but
/// for the last batches, which the spawned workers no longer come back for). The
/// calling thread, which writes, is worker 0 and frees its own.
///
/// How many those last batches are depends on the schedule, not on the input: a worker
/// takes back its written batches, then reads the input and finds it done; its batches
/// written in between are freed when the replay ends. Those were read, not yet written,
/// when it took back the others: at most the batches in flight (`QUEUE + jobs`). The
/// test asserts that bound for each worker, which holds whatever the schedule (it once
/// asserted it for all workers together, which a loaded machine could exceed), and that
/// no result is freed on a worker other than the one that made it.
#[test]
fn bytes_reach_the_sink_and_results_go_back_to_their_worker() {
    use std::sync::Mutex;
    /// Records the thread that made it and the thread that drops it.
    struct Noted<'a> {
        made_on: String,
        dropped: &'a Mutex<Vec<(String, String)>>,
    }
    impl<'a> Noted<'a> {
        fn new(dropped: &'a Mutex<Vec<(String, String)>>) -> Self {
            Noted {
                made_on: thread_name(),
                dropped,
            }
        }
    }
    impl Drop for Noted<'_> {
        fn drop(&mut self) {
            let made_on = std::mem::take(&mut self.made_on);
            self.dropped.lock().unwrap().push((made_on, thread_name()));
        }
    }
    fn thread_name() -> String {
        std::thread::current().name().unwrap_or("").to_owned()
    }
    for jobs in [1, 2, 3] {
        let batch = 2;
        let dropped = Mutex::new(Vec::new());
        let mapper = ReplayBuilder::new().jobs(jobs).batch(batch).mapper();
        let mut input = Plain(conversations(300).into_iter().map(Ok));
        let mut seen = Vec::new();
        let count = mapper
            .run(
                &mut input,
                &|c, _, out| {
                    // Nothing for some conversations, as with `--only`.
                    if c.id.ends_with('3') {
                        return Noted::new(&dropped);
                    }
                    out.extend_from_slice(c.id.as_bytes());
                    out.push(b'\n');
                    Noted::new(&dropped)
                },
                &mut |c, _, bytes| {
                    seen.push((c.id.clone(), String::from_utf8(bytes.to_vec()).unwrap()));
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(count, 300);
        let expected: Vec<(String, String)> = (0..300)
            .map(|i| {
                let id = format!("c{i}");
                let bytes = if id.ends_with('3') {
                    String::new()
                } else {
                    format!("{id}\n")
                };
                (id, bytes)
            })
            .collect();
        assert_eq!(seen, expected, "{jobs} jobs");
        let dropped = dropped.into_inner().unwrap();
        assert_eq!(dropped.len(), 300);
        if jobs > 1 {
            // The calling thread is worker 0; the others are named.
            let caller = thread_name();
            let workers: Vec<String> = std::iter::once(caller.clone())
                .chain((1..jobs).map(|worker| format!("handoff-eval-{worker}")))
                .collect();
            assert!(dropped.iter().all(|(made, _)| workers.contains(made)));
            for (made, freed) in &dropped {
                assert!(
                    made == freed || *freed == caller,
                    "{jobs} jobs: a result made on {made} was freed on {freed}"
                );
            }
            for name in &workers {
                let elsewhere = dropped
                    .iter()
                    .filter(|(made, freed)| made == name && freed != made)
                    .count();
                assert!(
                    elsewhere <= (QUEUE + jobs) * batch,
                    "{jobs} jobs: {elsewhere} results of {name} not freed on it"
                );
            }
        }
    }
}

/// A panic while evaluating reaches the caller; it does not hang the replay.
#[test]
fn a_panic_in_evaluation_is_not_a_hang() {
    let mapper = ReplayBuilder::new().jobs(2).batch(2).mapper();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut input = Plain(conversations(100).into_iter().map(Ok));
        mapper.run(
            &mut input,
            &|c, _, _| assert!(c.id != "c37", "evaluation failed"),
            &mut |_, (), _| Ok(()),
        )
    }));
    assert!(outcome.is_err());
}

/// The calling thread evaluates batches too (it is worker 0, and writes between its
/// batches): a panic there reaches the caller as well, and the spawned workers, waiting
/// for slots it held, are not left hanging.
#[test]
fn a_panic_on_the_calling_thread_is_not_a_hang() {
    let caller = std::thread::current().id();
    let mapper = ReplayBuilder::new().jobs(2).batch(2).mapper();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut input = Plain(conversations(400).into_iter().map(Ok));
        mapper.run(
            &mut input,
            &|_, _, _| assert!(std::thread::current().id() != caller, "evaluated here"),
            &mut |_, (), _| Ok(()),
        )
    }));
    assert!(outcome.is_err(), "the calling thread evaluated no batch");
}

/// With the calling thread a worker, a batch another worker finished waited
/// while the calling thread waited for input (a live pipe): 650 conversations of a
/// stalled stream held back. Streaming, it only writes: what is finished is written at
/// its turn while the input stalls. Here the input gives 10 conversations, then waits
/// until the sink has written the ninth (at most 10 s: no hang if it is never written).
#[test]
fn streaming_what_is_finished_is_written_while_the_input_stalls() {
    use std::sync::mpsc;
    use std::time::Duration;
    let caller = std::thread::current().id();
    for jobs in [2, 3] {
        let (resume, resumed) = mpsc::channel::<()>();
        let mut items = conversations(40).into_iter().enumerate();
        let input = std::iter::from_fn(move || {
            let (i, c) = items.next()?;
            if i == 10 {
                let waited = resumed.recv_timeout(Duration::from_secs(10));
                assert!(
                    waited.is_ok(),
                    "the first ten were not written while the input waited"
                );
            }
            Some(Ok(c))
        });
        let mapper = ReplayBuilder::new()
            .jobs(jobs)
            .batch(2)
            .streaming(true)
            .mapper();
        let mut ids = Vec::new();
        let count = mapper
            .run(
                &mut Plain(input),
                &|c, _, _| {
                    assert_ne!(
                        std::thread::current().id(),
                        caller,
                        "streaming, it only writes"
                    );
                    c.id.clone()
                },
                &mut |_, id, _| {
                    if id == "c9" {
                        let _ = resume.send(());
                    }
                    ids.push(std::mem::take(id));
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(count, 40, "{jobs} jobs");
        let expected: Vec<String> = (0..40).map(|i| format!("c{i}")).collect();
        assert_eq!(ids, expected, "{jobs} jobs");
    }
}
