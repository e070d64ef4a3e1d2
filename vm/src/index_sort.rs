//! One small stable sort for the VM's internal orderings (module ranges and
//! handler depths in the verifier, `Counter` repr order, `json.dumps`
//! `sort_keys`, REPL globals). It sorts indices through a `dyn` comparator
//! so a single copy of the code serves every caller: core's generic
//! `sort_by` costs ~1.5 KiB of flash per element type and comparator on
//! thumbv7m. (`sorted()`/`list.sort()` have their own fallible merge sort in
//! `builtins/sort.rs`, since comparing Python values can raise.)

use alloc::vec::Vec;

/// Sorts `v` stably so that no element is `less` than one before it.
/// Bottom-up merge sort: O(n log n) comparisons whatever the input (the
/// verifier runs it on untrusted images), never panics, one scratch buffer.
pub(crate) fn sort_indices(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut src: Vec<usize> = v.to_vec();
    let mut dst: Vec<usize> = v.to_vec();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut dst[lo..hi] {
                // Take from the right run only when strictly less: stable.
                if j < hi && (i >= mid || less(src[j], src[i])) {
                    *slot = src[j];
                    j += 1;
                } else {
                    *slot = src[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        core::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    v.copy_from_slice(&src);
}

/// `0..n` in the order [`sort_indices`] gives for `less`.
pub(crate) fn sorted_indices(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    sort_indices(&mut v, less);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        // Pairs (key, original position): equal keys keep their order.
        let keys = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 0, 7];
        let order = sorted_indices(keys.len(), &mut |a, b| keys[a] < keys[b]);
        let mut expect: Vec<usize> = (0..keys.len()).collect();
        expect.sort_by_key(|&i| keys[i]);
        assert_eq!(order, expect);
    }

    #[test]
    fn every_length_up_to_40_matches_core() {
        for n in 0..40usize {
            let keys: Vec<usize> = (0..n).map(|i| (i * 7919 + 13) % 11).collect();
            let order = sorted_indices(n, &mut |a, b| keys[a] < keys[b]);
            let mut expect: Vec<usize> = (0..n).collect();
            expect.sort_by_key(|&i| keys[i]);
            assert_eq!(order, expect, "n = {n}");
        }
    }

    #[test]
    fn inconsistent_comparator_does_not_panic() {
        let mut flip = false;
        let order = sorted_indices(17, &mut |_, _| {
            flip = !flip;
            flip
        });
        let mut seen = order.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..17).collect::<Vec<_>>());
    }
}
