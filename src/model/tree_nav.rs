//! Walking a chart's or the map's tree with the keys (issue 17): one tab stop per drawing, the
//! arrow keys move inside it.
//!
//! Rules:
//! - A place in the tree is a path of child indices from the summary (`[]` is the summary,
//!   `[2, 0]` the first mark of the third indicator). Paths, not ids: the page carries every
//!   drawing in several layouts (ids differ) with the same tree, so a path means the same node
//!   in any layout.
//! - ↓ enters a level (the first child), ↑ goes up, Escape goes up and, at the summary, leaves
//!   the drawing; ← → move between siblings, Home and End to the first and last. Nothing wraps:
//!   a reader hears that they are at an end because nothing changes.
//! - Nothing here touches the DOM; `components::tree_keys` applies the result.

use charts::chart::Node;

/// A key that moves inside the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Down,
    Up,
    Left,
    Right,
    Home,
    End,
    Escape,
}

impl Key {
    /// The key a `KeyboardEvent.key` names, if it moves inside the tree.
    pub fn from_event(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowDown" => Key::Down,
            "ArrowUp" => Key::Up,
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "Home" => Key::Home,
            "End" => Key::End,
            "Escape" => Key::Escape,
            _ => return None,
        })
    }
}

/// What a key does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    /// To this place (possibly the same one, at an end).
    To(Vec<usize>),
    /// Out of the drawing: Escape at the summary.
    Leave,
}

/// The node at `path`, if there is one.
pub fn node_at<'a>(tree: &'a Node, path: &[usize]) -> Option<&'a Node> {
    path.iter().try_fold(tree, |n, &i| n.children.get(i))
}

/// The path of the node with this id.
pub fn path_of(tree: &Node, id: &str) -> Option<Vec<usize>> {
    if tree.id == id {
        return Some(Vec::new());
    }
    tree.children.iter().enumerate().find_map(|(i, c)| {
        path_of(c, id).map(|mut p| {
            p.insert(0, i);
            p
        })
    })
}

/// Where `key` leads from `at` (a path that names no node counts as the summary).
pub fn step(tree: &Node, at: &[usize], key: Key) -> Move {
    let at: Vec<usize> = if node_at(tree, at).is_some() { at.to_vec() } else { Vec::new() };
    let here = node_at(tree, &at).unwrap_or(tree);
    let siblings = match at.split_last() {
        Some((_, parent)) => node_at(tree, parent).map_or(1, |p| p.children.len()),
        None => 1,
    };
    let with_last = |i: usize| {
        let mut p = at.clone();
        if let Some(last) = p.last_mut() {
            *last = i;
        }
        Move::To(p)
    };
    let last = at.last().copied();
    match key {
        Key::Down if !here.children.is_empty() => {
            let mut p = at.clone();
            p.push(0);
            Move::To(p)
        }
        Key::Down => Move::To(at),
        Key::Up | Key::Escape if !at.is_empty() => Move::To(at[..at.len() - 1].to_vec()),
        Key::Escape => Move::Leave,
        Key::Up => Move::To(at),
        Key::Left => with_last(last.map_or(0, |i| i.saturating_sub(1))),
        Key::Right => with_last(last.map_or(0, |i| (i + 1).min(siblings - 1))),
        Key::Home => with_last(0),
        Key::End => with_last(siblings - 1),
    }
}

/// Every node reached from the summary by ↓ and →, in order: what a reader walking the whole
/// tree meets (the depth-first order of [`Node::walk`]).
pub fn walk_ids(tree: &Node) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = Vec::new();
    loop {
        out.push(node_at(tree, &at).map(|n| n.id.clone()).unwrap_or_default());
        // Down if we can; else right; else up until a right is possible.
        if let Move::To(p) = step(tree, &at, Key::Down) {
            if p != at {
                at = p;
                continue;
            }
        }
        loop {
            if at.is_empty() {
                return out;
            }
            match step(tree, &at, Key::Right) {
                Move::To(p) if p != at => {
                    at = p;
                    break;
                }
                _ => at.pop(),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use charts::chart::NodeKind;

    fn n(id: &str, children: Vec<Node>) -> Node {
        Node {
            id: id.into(),
            kind: if children.is_empty() { NodeKind::Mark } else { NodeKind::Indicator },
            level: 0,
            label: id.into(),
            figure: None,
            bbox: None,
            children,
        }
    }

    fn tree() -> Node {
        n("s", vec![n("a", vec![n("a1", vec![]), n("a2", vec![])]), n("b", vec![n("b1", vec![])]), n("c", vec![])])
    }

    #[test]
    fn the_keys_walk_the_tree() {
        let t = tree();
        assert_eq!(step(&t, &[], Key::Down), Move::To(vec![0]));
        assert_eq!(step(&t, &[0], Key::Down), Move::To(vec![0, 0]));
        assert_eq!(step(&t, &[0, 0], Key::Down), Move::To(vec![0, 0]), "a mark has nothing below");
        assert_eq!(step(&t, &[0, 0], Key::Right), Move::To(vec![0, 1]));
        assert_eq!(step(&t, &[0, 1], Key::Right), Move::To(vec![0, 1]), "no wrapping");
        assert_eq!(step(&t, &[0, 1], Key::Left), Move::To(vec![0, 0]));
        assert_eq!(step(&t, &[0, 0], Key::Left), Move::To(vec![0, 0]));
        assert_eq!(step(&t, &[0], Key::End), Move::To(vec![2]));
        assert_eq!(step(&t, &[2], Key::Home), Move::To(vec![0]));
        assert_eq!(step(&t, &[0, 1], Key::Up), Move::To(vec![0]));
        assert_eq!(step(&t, &[0, 1], Key::Escape), Move::To(vec![0]));
        assert_eq!(step(&t, &[0], Key::Escape), Move::To(vec![]));
        assert_eq!(step(&t, &[], Key::Escape), Move::Leave);
        assert_eq!(step(&t, &[], Key::Up), Move::To(vec![]));
        assert_eq!(step(&t, &[], Key::Right), Move::To(vec![]), "the summary has no siblings");
        // A stale path (the tree changed) counts as the summary.
        assert_eq!(step(&t, &[7, 3], Key::Down), Move::To(vec![0]));
    }

    #[test]
    fn paths_and_ids() {
        let t = tree();
        assert_eq!(path_of(&t, "b1"), Some(vec![1, 0]));
        assert_eq!(node_at(&t, &[1, 0]).unwrap().id, "b1");
        assert_eq!(path_of(&t, "s"), Some(vec![]));
        assert_eq!(path_of(&t, "zz"), None);
        let all: Vec<String> = t.walk().iter().map(|n| n.id.clone()).collect();
        assert_eq!(walk_ids(&t), all, "↓ and → reach every node, in tree order");
    }

    #[test]
    fn every_chart_and_the_map_can_be_walked_whole() {
        let cat = crate::data::catalogue().unwrap();
        for def in charts::chart::all() {
            for layout in charts::chart::Layout::ALL {
                let r = charts::chart::render(def, cat, report::format::Lang::En, layout).unwrap();
                let all: Vec<String> = r.tree.walk().iter().map(|n| n.id.clone()).collect();
                assert_eq!(walk_ids(&r.tree), all, "{}", def.id);
                assert!(!r.marks().is_empty());
            }
        }
    }
}
