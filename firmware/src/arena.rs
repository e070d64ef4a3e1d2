//! The firmware's allocator: embedded-alloc's heap over a static arena.
//!
//! The VM keeps Python objects in its own heap (a block taken from here)
//! and raises `MemoryError` when that fills; what else allocates here is
//! bounded by it. Running out of the arena anyway ends the run with a
//! message that says so, rather than a panic whose text would need the
//! whole `core::fmt` panic machinery in flash.

use core::alloc::{GlobalAlloc, Layout};
use core::mem::MaybeUninit;
use embedded_alloc::LlffHeap;

use crate::board;

/// The global allocator's arena and heap.
pub struct Arena(LlffHeap);

impl Arena {
    pub const fn empty() -> Self {
        Arena(LlffHeap::empty())
    }

    /// Hands the static arena to the heap; call once, before anything allocates.
    pub fn init(&self) {
        static mut MEMORY: [MaybeUninit<u8>; board::ALLOC_BYTES] =
            [MaybeUninit::uninit(); board::ALLOC_BYTES];
        // SAFETY: runs once, first thing at reset, before anything allocates;
        // nothing else names MEMORY, so this is its only reference.
        unsafe {
            self.0
                .init(core::ptr::addr_of_mut!(MEMORY) as usize, board::ALLOC_BYTES)
        }
    }
}

// SAFETY: every call is forwarded unchanged to LlffHeap, which upholds
// GlobalAlloc's contract; the only addition is never returning null.
unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on as is.
        let p = unsafe { self.0.alloc(layout) };
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above, i.e. from the same heap.
        unsafe { self.0.dealloc(ptr, layout) }
    }
}

fn out_of_memory(bytes: usize) -> ! {
    crate::uart::write_fmt(format_args!(
        "ferrite: fatal: out of memory: {bytes} bytes more than the {} KiB arena has \
         (the VM heap is {} KiB of it)\n",
        board::ALLOC_BYTES / 1024,
        board::VM_HEAP_BYTES / 1024
    ));
    crate::exit(false)
}
