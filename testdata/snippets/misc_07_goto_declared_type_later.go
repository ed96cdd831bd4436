// a statement may use a type declared further down the snippet
q := Queue{}
q.push("a")
q.push("b")
fmt.Println(q.items, len(q.items))

type Queue struct{ items []string }

func (q *Queue) push(s string) { q.items = append(q.items, s) }
