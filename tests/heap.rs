//! The WebAssembly allocator (`massage_guide::heap`), run natively on memory from the system.

use massage_guide::heap::{Heap, GROW_UNIT};
use proptest::prelude::*;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    /// Bytes handed out so far by `grow`, from one arena per test thread.
    static GROWN: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

const ARENA: usize = 64 * GROW_UNIT;

/// Fresh memory from an arena the test leaks; `None` once the arena is used up.
fn grow(bytes: usize) -> Option<usize> {
    GROWN.with(|grown| {
        let (mut base, used) = grown.get();
        if base == 0 {
            let layout = Layout::from_size_align(ARENA, GROW_UNIT).unwrap();
            base = unsafe { std::alloc::alloc(layout) } as usize;
        }
        if used + bytes > ARENA {
            return None;
        }
        grown.set((base, used + bytes));
        Some(base + used)
    })
}

fn fresh_heap() -> Heap {
    GROWN.with(|grown| grown.set((0, 0)));
    Heap::new(grow)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Live blocks are aligned, never overlap, and keep what was written into them, through any
    /// mix of allocations, frees and reallocations.
    #[test]
    fn blocks_are_aligned_disjoint_and_keep_their_contents(
        ops in proptest::collection::vec((0u8..3, 1usize..20_000, 0u32..6, any::<prop::sample::Index>()), 1..300)
    ) {
        let heap = fresh_heap();
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        for (n, (op, size, align_log, pick)) in ops.into_iter().enumerate() {
            let tag = n as u8;
            match op {
                _ if op == 0 || live.is_empty() => {
                    let layout = Layout::from_size_align(size, 1 << align_log).unwrap();
                    let ptr = unsafe { heap.alloc(layout) };
                    prop_assert!(!ptr.is_null());
                    prop_assert_eq!(ptr as usize % layout.align(), 0);
                    unsafe { ptr.write_bytes(tag, size) };
                    live.push((ptr, layout, tag));
                }
                1 => {
                    let (ptr, layout, _) = live.swap_remove(pick.index(live.len()));
                    unsafe { heap.dealloc(ptr, layout) };
                }
                _ => {
                    let i = pick.index(live.len());
                    let (ptr, layout, old) = live[i];
                    let new = unsafe { heap.realloc(ptr, layout, size) };
                    prop_assert!(!new.is_null());
                    let kept = layout.size().min(size);
                    let moved = unsafe { std::slice::from_raw_parts(new, kept) };
                    prop_assert!(moved.iter().all(|b| *b == old), "realloc lost the contents");
                    unsafe { new.write_bytes(tag, size) };
                    live[i] = (new, Layout::from_size_align(size, layout.align()).unwrap(), tag);
                }
            }
            for &(ptr, layout, tag) in &live {
                let bytes = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
                prop_assert!(bytes.iter().all(|b| *b == tag), "a block was overwritten");
            }
        }
    }
}

#[test]
fn freed_blocks_are_reused_and_memory_runs_out_cleanly() {
    let heap = fresh_heap();
    let layout = Layout::from_size_align(100, 8).unwrap();
    let first = unsafe { heap.alloc(layout) };
    unsafe { heap.dealloc(first, layout) };
    assert_eq!(
        unsafe { heap.alloc(layout) },
        first,
        "the freed block comes back"
    );
    // Larger than the arena: refused with null, not a crash.
    let huge = Layout::from_size_align(ARENA * 2, 8).unwrap();
    assert!(unsafe { heap.alloc(huge) }.is_null());
    // Alignment beyond a page is refused too.
    let odd = Layout::from_size_align(16, 8192).unwrap();
    assert!(unsafe { heap.alloc(odd) }.is_null());
}
