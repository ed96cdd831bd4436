type State int

func (s State) String() string { return fmt.Sprintf("state#%d", int(s)) }

panic(State(7))
