package main

import "fmt"

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap   int
	items map[int]*entry
	head  *entry
	tail  *entry
}

func NewLRU(n int) *LRU {
	h, t := &entry{}, &entry{}
	h.next, t.prev = t, h
	return &LRU{cap: n, items: map[int]*entry{}, head: h, tail: t}
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }
func (l *LRU) front(e *entry) {
	e.next, e.prev = l.head.next, l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k int) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.front(e)
	return e.val, true
}

func (l *LRU) Put(k, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		lru := l.tail.prev
		l.unlink(lru)
		delete(l.items, lru.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.front(e)
}

func (l *LRU) String() string {
	s := "["
	for e := l.head.next; e != l.tail; e = e.next {
		if e != l.head.next {
			s += " "
		}
		s += fmt.Sprintf("%d:%d", e.key, e.val)
	}
	return s + "]"
}

func main() {
	c := NewLRU(3)
	for i := 1; i <= 4; i++ {
		c.Put(i, i*10)
	}
	fmt.Println(c)
	fmt.Println(c.Get(2))
	fmt.Println(c.Get(1))
	c.Put(5, 50)
	c.Put(3, 33)
	fmt.Println(c, len(c.items))
}
