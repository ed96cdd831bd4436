// names declared by the snippet are not mistaken for packages
var strings = []string{"b", "a", "c"}

type sort struct{ by string }

func (s sort) Apply(xs []string) []string {
	out := append([]string(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

fmt.Println(sort{"name"}.Apply(strings), len(strings))
