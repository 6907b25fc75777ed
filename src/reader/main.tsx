import { render } from 'preact';
import '../shared/theme.css';
import './reader.css';
import { Reader } from './Reader';

render(<Reader id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
