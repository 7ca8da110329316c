//! The WebAssembly build's memory allocator: blocks in power-of-two sizes, a free list per size.
//!
//! Rust's default allocator on WebAssembly (dlmalloc) is about 7 KB of code that every visitor
//! downloads; this one is a few hundred bytes. The guide's memory is small and lives as long as
//! the page, so nothing goes back to the browser: a freed block waits on its size's free list
//! for the next request of that size. At most half of a block is unused, which costs a few
//! hundred KB of memory at worst, not a download.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Blocks up to this size are cut from a page of this size, so each is aligned to its size.
const PAGE: usize = 4096;
/// The smallest block: room for the free list's link.
const MIN_BLOCK: usize = 8;
/// Memory is asked for in WebAssembly pages.
pub const GROW_UNIT: usize = 65536;

/// Where new memory comes from: `grow(bytes)` (a multiple of `GROW_UNIT`) returns the start of
/// that many fresh bytes, aligned to `GROW_UNIT`, or `None` when there is no more.
pub type Grow = fn(usize) -> Option<usize>;

pub struct Heap {
    state: UnsafeCell<State>,
    grow: Grow,
}

struct State {
    /// Free blocks of size `1 << class`, each holding the address of the next.
    free: [*mut u8; usize::BITS as usize],
    /// Untouched memory, `next..end`, always a whole number of pages.
    next: usize,
    end: usize,
}

/// The block size for `layout`, or `None` if it cannot be served.
fn block_size(layout: Layout) -> Option<usize> {
    if layout.align() > PAGE {
        return None;
    }
    layout
        .size()
        .max(layout.align())
        .max(MIN_BLOCK)
        .checked_next_power_of_two()
}

impl Heap {
    pub const fn new(grow: Grow) -> Heap {
        Heap {
            state: UnsafeCell::new(State {
                free: [null_mut(); usize::BITS as usize],
                next: 0,
                end: 0,
            }),
            grow,
        }
    }

    /// `bytes` (a multiple of `PAGE`) of untouched memory, page-aligned.
    fn take(&self, state: &mut State, bytes: usize) -> Option<usize> {
        if state.end - state.next < bytes {
            let wanted = bytes.checked_next_multiple_of(GROW_UNIT)?;
            let start = (self.grow)(wanted)?;
            // Fresh memory usually follows the old end; if not, the rest of the old is dropped.
            if start != state.end {
                state.next = start;
            }
            state.end = start + wanted;
        }
        let at = state.next;
        state.next += bytes;
        Some(at)
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(size) = block_size(layout) else {
            return null_mut();
        };
        let class = size.trailing_zeros() as usize;
        // Safety: the guide's WebAssembly has one thread and the allocator never re-enters.
        let state = unsafe { &mut *self.state.get() };
        let head = state.free[class];
        if !head.is_null() {
            // Safety: a free block holds the address of the next free block.
            state.free[class] = unsafe { *(head as *const *mut u8) };
            return head;
        }
        let Some(at) = self.take(state, size.max(PAGE)) else {
            return null_mut();
        };
        // A fresh page for small blocks: the first is returned, the rest go on the free list.
        let mut block = at + PAGE;
        while block > at + size {
            block -= size;
            // Safety: `block` lies in the page just taken, which nothing else uses.
            unsafe { *(block as *mut *mut u8) = state.free[class] };
            state.free[class] = block as *mut u8;
        }
        at as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(size) = block_size(layout) else {
            return;
        };
        let class = size.trailing_zeros() as usize;
        // Safety: one thread; `ptr` is a block of this class that the caller gives back.
        let state = unsafe { &mut *self.state.get() };
        unsafe { *(ptr as *mut *mut u8) = state.free[class] };
        state.free[class] = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Safety: the caller guarantees `layout.align()` is valid and `new_size` fits it.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new_block = block_size(new_layout);
        if new_block.is_some() && new_block == block_size(layout) {
            return ptr; // Still fits its block.
        }
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

// Safety: the guide's WebAssembly is single-threaded (no `atomics` target feature), so the
// allocator is never used from two threads at once.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for Heap {}

/// Grows the WebAssembly memory by `bytes`; the new bytes start where the memory ended.
#[cfg(target_arch = "wasm32")]
pub fn grow_memory(bytes: usize) -> Option<usize> {
    let before = core::arch::wasm32::memory_grow(0, bytes / GROW_UNIT);
    (before != usize::MAX).then(|| before * GROW_UNIT)
}
